/* Timestamps: the clock, and the three wire formats (ISO 8601, RFC 822
 * HTTP dates, epoch seconds) plus SigV4's compact date. */
#include "core.h"

#include <ctype.h>
#include <errno.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

struct awsc_timestamp awsc__now(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    struct awsc_timestamp t = {(int64_t)ts.tv_sec, (int32_t)ts.tv_nsec};
    return t;
}

int64_t awsc__monotonic_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

/* Howard Hinnant's civil-date algorithms (proleptic Gregorian). */
int64_t awsc__days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

void awsc__civil_from_days(int64_t z, int64_t *y, unsigned *m, unsigned *d)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int64_t yy = (int64_t)yoe + era * 400;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp < 10 ? mp + 3 : mp - 9;
    *y = yy + (*m <= 2);
}

struct civil {
    int64_t year;
    unsigned mon, day, hour, min, sec, wday;
};

static struct civil split(int64_t sec)
{
    struct civil c;
    /* floor division, without negating (INT64_MIN has no negation) */
    int64_t days = sec / 86400;
    int64_t rem = sec % 86400;
    if (rem < 0) {
        rem += 86400;
        days--;
    }
    awsc__civil_from_days(days, &c.year, &c.mon, &c.day);
    c.hour = (unsigned)(rem / 3600);
    c.min = (unsigned)(rem / 60 % 60);
    c.sec = (unsigned)(rem % 60);
    c.wday = (unsigned)((days % 7 + 11) % 7); /* 1970-01-01 was a Thursday */
    return c;
}

static void fraction(int32_t nsec, char *out)
{
    if (nsec <= 0) {
        out[0] = '\0';
    } else if (nsec % 1000000 == 0) {
        snprintf(out, 8, ".%03d", (int)(nsec / 1000000));
    } else if (nsec % 1000 == 0) {
        snprintf(out, 9, ".%06d", (int)(nsec / 1000));
    } else {
        snprintf(out, 12, ".%09d", (int)nsec);
    }
}

void awsc__ts_format_iso8601(struct awsc_timestamp t, char *out)
{
    struct civil c = split(t.sec);
    char frac[12];
    fraction(t.nsec, frac);
    snprintf(out, 40, "%04lld-%02u-%02uT%02u:%02u:%02u%sZ", (long long)c.year, c.mon, c.day, c.hour,
             c.min, c.sec, frac);
}

static const char *const WDAYS[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
static const char *const MONTHS[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                     "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

void awsc__ts_format_rfc822(struct awsc_timestamp t, char *out)
{
    struct civil c = split(t.sec);
    snprintf(out, 40, "%s, %02u %s %04lld %02u:%02u:%02u GMT", WDAYS[c.wday], c.day,
             MONTHS[c.mon - 1], (long long)c.year, c.hour, c.min, c.sec);
}

void awsc__ts_format_epoch(struct awsc_timestamp t, char *out)
{
    /* sec + nsec with sec < 0: -2 s + 0.5 s is "-1.5" */
    int64_t sec = t.sec;
    int32_t nsec = t.nsec;
    bool negative = sec < 0 && nsec > 0;
    if (negative) {
        sec += 1;
        nsec = 1000000000 - nsec;
    }
    char frac[12];
    fraction(nsec, frac);
    snprintf(out, 40, "%s%lld%s", negative && sec == 0 ? "-" : "", (long long)sec, frac);
}

static char *two_digits(char *p, unsigned v)
{
    p[0] = (char)('0' + v / 10);
    p[1] = (char)('0' + v % 10);
    return p + 2;
}

void awsc__ts_format_amz_date(struct awsc_timestamp t, char *out)
{
    struct civil c = split(t.sec);
    if (c.year < 0 || c.year > 9999) {
        snprintf(out, 40, "%04lld%02u%02uT%02u%02u%02uZ", (long long)c.year, c.mon, c.day, c.hour,
                 c.min, c.sec);
        return;
    }
    /* every request signs with one: digits by hand (snprintf costs ~3,000
     * instructions here) */
    char *p = two_digits(out, (unsigned)(c.year / 100));
    p = two_digits(p, (unsigned)(c.year % 100));
    p = two_digits(p, c.mon);
    p = two_digits(p, c.day);
    *p++ = 'T';
    p = two_digits(p, c.hour);
    p = two_digits(p, c.min);
    p = two_digits(p, c.sec);
    *p++ = 'Z';
    *p = '\0';
}

bool awsc__ts_from_double(double epoch, struct awsc_timestamp *out)
{
    if (!isfinite(epoch) || epoch > 9.2e15 || epoch < -9.2e15)
        return false;
    double whole = floor(epoch);
    /* round the fraction to microseconds: doubles carry no more for
     * present-day epochs */
    int64_t us = (int64_t)llround((epoch - whole) * 1e6);
    out->sec = (int64_t)whole + us / 1000000;
    out->nsec = (int32_t)(us % 1000000) * 1000;
    return true;
}

double awsc__ts_to_double(struct awsc_timestamp t)
{
    return (double)t.sec + t.nsec / 1e9;
}

/* Reads exactly n digits. */
static bool digits(const char **p, int n, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < n; i++) {
        if (!isdigit((unsigned char)(*p)[i]))
            return false;
        v = v * 10 + (unsigned)((*p)[i] - '0');
    }
    *p += n;
    *out = v;
    return true;
}

static bool read_fraction(const char **p, int32_t *nsec)
{
    *nsec = 0;
    if (**p != '.' && **p != ',')
        return true;
    (*p)++;
    if (!isdigit((unsigned char)**p))
        return false;
    int32_t scale = 100000000;
    while (isdigit((unsigned char)**p)) {
        if (scale > 0) {
            *nsec += (int32_t)(**p - '0') * scale;
            scale /= 10;
        }
        (*p)++;
    }
    return true;
}

static bool valid_civil(unsigned mon, unsigned day, unsigned h, unsigned mi, unsigned s)
{
    return mon >= 1 && mon <= 12 && day >= 1 && day <= 31 && h <= 24 && mi <= 59 && s <= 60;
}

static bool parse_iso8601(const char *p, struct awsc_timestamp *out)
{
    unsigned y, mo, d, h = 0, mi = 0, s = 0;
    int32_t nsec = 0;
    if (!digits(&p, 4, &y) || *p++ != '-' || !digits(&p, 2, &mo) || *p++ != '-' ||
        !digits(&p, 2, &d))
        return false;
    int64_t offset = 0;
    if (*p == 'T' || *p == 't' || *p == ' ') {
        p++;
        if (!digits(&p, 2, &h) || *p++ != ':' || !digits(&p, 2, &mi))
            return false;
        if (*p == ':') {
            p++;
            if (!digits(&p, 2, &s) || !read_fraction(&p, &nsec))
                return false;
        }
        if (*p == 'Z' || *p == 'z') {
            p++;
        } else if (*p == '+' || *p == '-') {
            int sign = *p++ == '-' ? -1 : 1;
            unsigned oh, om = 0;
            if (!digits(&p, 2, &oh))
                return false;
            if (*p == ':')
                p++;
            if (*p && !digits(&p, 2, &om))
                return false;
            offset = sign * (int64_t)(oh * 3600 + om * 60);
        }
    }
    if (*p != '\0' || !valid_civil(mo, d, h, mi, s))
        return false;
    out->sec = awsc__days_from_civil(y, mo, d) * 86400 + h * 3600 + mi * 60 + s - offset;
    out->nsec = nsec;
    return true;
}

static bool parse_rfc822(const char *p, struct awsc_timestamp *out)
{
    /* [Wdy, ]DD Mon YYYY HH:MM:SS GMT */
    const char *comma = strchr(p, ',');
    if (comma)
        p = comma + 1;
    while (*p == ' ')
        p++;
    unsigned d, y, h, mi, s;
    int32_t nsec = 0;
    if (!isdigit((unsigned char)p[0]))
        return false;
    if (!isdigit((unsigned char)p[1]) ? !digits(&p, 1, &d) : !digits(&p, 2, &d))
        return false;
    if (*p++ != ' ')
        return false;
    unsigned mon = 0;
    for (unsigned i = 0; i < 12; i++)
        if (awsc__strncasecmp(p, MONTHS[i], 3) == 0)
            mon = i + 1;
    if (!mon)
        return false;
    p += 3;
    if (*p++ != ' ' || !digits(&p, 4, &y) || *p++ != ' ' || !digits(&p, 2, &h) || *p++ != ':' ||
        !digits(&p, 2, &mi) || *p++ != ':' || !digits(&p, 2, &s) || !read_fraction(&p, &nsec))
        return false;
    while (*p == ' ')
        p++;
    if (strcmp(p, "GMT") != 0 && strcmp(p, "UTC") != 0 && strcmp(p, "+0000") != 0 &&
        strcmp(p, "Z") != 0 && *p != '\0')
        return false;
    if (!valid_civil(mon, d, h, mi, s))
        return false;
    out->sec = awsc__days_from_civil(y, mon, d) * 86400 + h * 3600 + mi * 60 + s;
    out->nsec = nsec;
    return true;
}

static bool parse_epoch(const char *s, struct awsc_timestamp *out)
{
    const char *p = s;
    if (*p == '-' || *p == '+')
        p++;
    if (!isdigit((unsigned char)*p))
        return false;
    char *end;
    double v = strtod(s, &end);
    if (*end != '\0')
        return false;
    /* integers are exact; only fractions go through the double */
    if (!strpbrk(s, ".eE")) {
        errno = 0;
        long long sec = strtoll(s, &end, 10);
        if (errno == ERANGE)
            return false; /* not a 64-bit number of seconds */
        out->sec = sec;
        out->nsec = 0;
        return true;
    }
    return awsc__ts_from_double(v, out);
}

bool awsc__ts_parse(const char *s, struct awsc_timestamp *out)
{
    if (!s)
        return false;
    while (*s == ' ')
        s++;
    if (parse_iso8601(s, out) || parse_epoch(s, out) || parse_rfc822(s, out))
        return true;
    return false;
}
