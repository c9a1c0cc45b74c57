/* Number text shared by the structured formats. */
#ifndef FMT_NUMBER_H
#define FMT_NUMBER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Room for any text fmt_double() writes. */
#define FMT_DOUBLE_SIZE 40

/*
 * Writes the shortest decimal text that reads back as exactly `d`, always
 * with a fraction or exponent ("3.0", "0.1", "1.0e+20") so every reader
 * (JSON, YAML 1.1 and 1.2) sees a float. Returns false, writing nothing,
 * for NaN and infinities, which these formats cannot carry.
 */
bool fmt_double(double d, char buf[FMT_DOUBLE_SIZE]);

/* Room for any integer text fmt_u64() and fmt_i64() write. */
#define FMT_INT_SIZE 21

/* Decimal text of `v` (as printf's %llu / %lld would write it, without
 * the NUL); returns its length. Every row has several numbers: this is
 * the JSON writer's hot path, where printf costs more than the rest. */
size_t fmt_u64(uint64_t v, char buf[FMT_INT_SIZE]);
size_t fmt_i64(int64_t v, char buf[FMT_INT_SIZE]);

/* Room for a dotted quad and its NUL. */
#define FMT_IPV4_SIZE 16

/* Dotted quad of a v4 address as inet_ntop writes it (without the NUL);
 * returns its length (netstat_put_ipv4()). glibc's goes through sprintf,
 * which was a tenth of a JSON row's cost. */
size_t fmt_ipv4(const uint8_t b[4], char buf[FMT_IPV4_SIZE]);

/* Room for any IPv6 text fmt_ipv6() writes and its NUL. */
#define FMT_IPV6_SIZE 48

/* An IPv6 address as glibc's inet_ntop writes it (RFC 5952 text: the
 * first longest run of two or more zero words as "::", the IPv4-mapped
 * and IPv4-compatible forms dotted), without the NUL; returns its
 * length (netstat_put_ipv6()). inet_ntop's costs a sprintf a word. */
size_t fmt_ipv6(const uint8_t b[16], char buf[FMT_IPV6_SIZE]);

#endif
