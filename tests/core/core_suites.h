/* Suites of the core test program, one per area. */
#ifndef CORE_SUITES_H
#define CORE_SUITES_H

#include <check.h>

Suite *suite_cli(void);
Suite *suite_config(void);
Suite *suite_loader(void);
Suite *suite_lines(void);
Suite *suite_dispatch(void);
Suite *suite_index(void);
Suite *suite_registry(void);
Suite *suite_query(void);
Suite *suite_container(void);
Suite *suite_columns(void);
Suite *suite_counters(void);

#endif
