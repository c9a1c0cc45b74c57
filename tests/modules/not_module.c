/* A shared object with no netstat descriptor: the host must refuse it. */
int not_module_value(void);

int not_module_value(void)
{
	return 42;
}
