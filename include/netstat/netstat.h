/* For everyone: the whole SDK in one include. */
#ifndef NETSTAT_NETSTAT_H
#define NETSTAT_NETSTAT_H

#include <netstat/abi.h>
#include <netstat/error.h>
#include <netstat/family.h>
#include <netstat/format.h>
#include <netstat/host.h>
#include <netstat/options.h>
#include <netstat/parse.h>
#include <netstat/request.h>
#include <netstat/section.h>
#include <netstat/text.h>
#include <netstat/value.h>

#endif
