/*
 * Streamed bodies: uploads from memory, a file or a read callback, and
 * downloads into a file or a write callback, in constant memory.
 *
 * A download to a file is written to a temporary file beside it and
 * renamed over the final name only when the whole body has arrived, so a
 * failed or cut-off transfer never leaves a file that looks complete. The
 * temporary file is made as the final one would be (mode 0666 less the
 * umask, or the mode of the file it replaces), and listed while it exists,
 * so that a signal handler can remove it (awsc_remove_partial_downloads).
 * A path that is there and is no regular file (/dev/null, /dev/stdout, a
 * FIFO) is written as it is, the bytes as they come: a rename would
 * replace the device with a file.
 */
#include "client.h"

#include <errno.h>
#include <fcntl.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* ------------------------------------------------------------- uploads */

int awsc__upload_open(struct awsc__upload *u, const struct awsc_stream *s, struct awsc_error *err)
{
    memset(u, 0, sizeof *u);
    u->source = *s;
    if (s->path) {
        u->path = awsc__strdup(s->path);
        if (!u->path)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        u->file = fopen(s->path, "rb");
        struct stat st;
        if (!u->file || fstat(fileno(u->file), &st) != 0 || !S_ISREG(st.st_mode)) {
            int e = errno;
            awsc__upload_close(u);
            return awsc__fail(err, AWSC_E_IO, "cannot read the body file %s: %s", s->path,
                              strerror(e ? e : EINVAL));
        }
        u->length = (int64_t)st.st_size;
    } else if (s->read) {
        if (s->length < 0)
            return awsc__fail(err, AWSC_E_VALIDATION,
                              "a streamed body from a read callback needs its length");
        u->length = s->length;
    } else {
        u->length = (int64_t)s->len;
    }
    return AWSC_OK;
}

void awsc__upload_close(struct awsc__upload *u)
{
    if (u->file)
        fclose(u->file);
    awsc__free(u->path);
    memset(u, 0, sizeof *u);
}

size_t awsc__upload_read(void *ud, uint8_t *buf, size_t cap)
{
    struct awsc__upload *u = ud;
    if (!u->file && !u->source.read) {
        size_t left = u->source.len - (size_t)u->sent;
        size_t n = cap < left ? cap : left;
        if (n)
            memcpy(buf, u->source.data + u->sent, n);
        u->sent += n;
        return n;
    }
    if (u->file) {
        size_t n = fread(buf, 1, cap, u->file);
        if (n == 0 && ferror(u->file))
            return (size_t)-1;
        u->sent += n;
        return n;
    }
    size_t n = u->source.read(u->source.read_ud, buf, cap);
    if (n != (size_t)-1)
        u->sent += n;
    return n;
}

bool awsc__upload_rewind(struct awsc__upload *u)
{
    if (u->file) {
        u->sent = 0;
        return fseek(u->file, 0, SEEK_SET) == 0;
    }
    if (u->source.read)
        return u->sent == 0; /* a callback cannot be read twice */
    u->sent = 0;
    return true;
}

/* ----------------------------------------------------------- downloads */

/* A download goes to its file in writes of this size (stdio's own buffer
 * is a page: a write per chunk received) */
#define DOWNLOAD_FILE_BUFFER (1024 * 1024)

/* The temporary files of downloads in progress, for a signal handler: a
 * slot is claimed and released with atomic operations only. A download
 * that finds every slot taken goes unlisted. */
#define PARTIAL_SLOTS 64
static _Atomic(char *) g_partial[PARTIAL_SLOTS];

static void partial_add(char *path)
{
    for (size_t i = 0; i < PARTIAL_SLOTS; i++) {
        char *none = NULL;
        if (atomic_compare_exchange_strong(&g_partial[i], &none, path))
            return;
    }
}

static void partial_remove(char *path)
{
    for (size_t i = 0; i < PARTIAL_SLOTS; i++) {
        char *expected = path;
        if (atomic_compare_exchange_strong(&g_partial[i], &expected, NULL))
            return;
    }
}

void awsc_remove_partial_downloads(void)
{
    for (size_t i = 0; i < PARTIAL_SLOTS; i++) {
        char *path = atomic_load(&g_partial[i]);
        if (path)
            unlink(path);
    }
}

/* Creates "PATH.awsc-XXXXXX" (X random) as open(2) creates a file, so
 * that the umask and the folder's default ACL apply (mkstemp's 0600 would
 * not); when PATH exists, the new file takes its permission bits, as
 * writing over it in place would keep them. */
static int create_beside(const char *path, char *tmp, size_t n)
{
    struct stat st;
    bool replaces = stat(path, &st) == 0 && S_ISREG(st.st_mode);
    for (int tries = 0; tries < 100; tries++) {
        char id[37];
        awsc__uuid4(id);
        memcpy(tmp, path, n);
        snprintf(tmp + n, 14, ".awsc-%.6s", id);
        int fd = open(tmp, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
        if (fd < 0 && errno == EEXIST)
            continue;
        if (fd >= 0 && replaces && fchmod(fd, st.st_mode & 07777) != 0) {
            int e = errno;
            close(fd);
            unlink(tmp);
            errno = e;
            return -1;
        }
        return fd;
    }
    errno = EEXIST;
    return -1;
}

/* Whether path is there and is no regular file (a device, a FIFO). */
static bool special_file(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && !S_ISREG(st.st_mode);
}

int awsc__partial_create(const char *path, char **tmp, int *fd, struct awsc_error *err)
{
    *tmp = NULL;
    *fd = -1;
    if (special_file(path))
        return awsc__fail(err, AWSC_E_INVALID_ARG,
                          "%s is not a regular file: a download in parts is written to a file "
                          "(download it in one piece to write it there)",
                          path);
    size_t n = strlen(path);
    *tmp = awsc__malloc(n + 16);
    if (!*tmp)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    *fd = create_beside(path, *tmp, n);
    if (*fd < 0) {
        int e = errno;
        awsc__free(*tmp);
        *tmp = NULL;
        return awsc__fail(err, AWSC_E_IO, "cannot create a file beside %s: %s", path, strerror(e));
    }
    partial_add(*tmp);
    return AWSC_OK;
}

void awsc__partial_release(char *tmp)
{
    if (!tmp)
        return;
    partial_remove(tmp);
    awsc__free(tmp);
}

int awsc__download_init(struct awsc__download *d, const struct awsc_sink *sink,
                        struct awsc_error *err)
{
    memset(d, 0, sizeof *d);
    d->sink = *sink;
    if (sink->path) {
        d->path = awsc__strdup(sink->path);
        if (!d->path)
            return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
        d->sink.path = d->path;
    }
    return AWSC_OK;
}

/* A 2xx response has begun: open the temporary file. */
int awsc__download_begin(struct awsc__download *d, struct awsc_error *err)
{
    d->written = 0;
    if (!d->path)
        return AWSC_OK;
    if (d->file) {
        /* a retry: start the file over (a device has had nothing yet:
         * awsc__download_can_retry) */
        if (d->in_place)
            return AWSC_OK;
        if (fflush(d->file) != 0 || ftruncate(fileno(d->file), 0) != 0 ||
            fseek(d->file, 0, SEEK_SET) != 0)
            return awsc__fail(err, AWSC_E_IO, "cannot rewrite %s: %s", d->tmp, strerror(errno));
        return AWSC_OK;
    }
    if (special_file(d->path)) {
        if (!(d->file = fopen(d->path, "wb")))
            return awsc__fail(err, AWSC_E_IO, "cannot write %s: %s", d->path, strerror(errno));
        d->in_place = true;
        return AWSC_OK;
    }
    size_t n = strlen(d->path);
    d->tmp = awsc__malloc(n + 16);
    if (!d->tmp)
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    int fd = create_beside(d->path, d->tmp, n);
    if (fd >= 0)
        partial_add(d->tmp);
    if (fd < 0 || !(d->file = fdopen(fd, "wb"))) {
        int e = errno;
        if (fd >= 0) {
            close(fd);
            unlink(d->tmp);
            partial_remove(d->tmp);
        }
        awsc__free(d->tmp);
        d->tmp = NULL;
        return awsc__fail(err, AWSC_E_IO, "cannot create a file beside %s: %s", d->path,
                          strerror(e));
    }
    /* without the memory, stdio's own buffer does */
    d->file_buffer = awsc__malloc(DOWNLOAD_FILE_BUFFER);
    if (d->file_buffer && setvbuf(d->file, d->file_buffer, _IOFBF, DOWNLOAD_FILE_BUFFER) != 0) {
        awsc__free(d->file_buffer);
        d->file_buffer = NULL;
    }
    return AWSC_OK;
}

static int close_file(struct awsc__download *d)
{
    int failed = fclose(d->file) != 0;
    d->file = NULL;
    awsc__free(d->file_buffer);
    d->file_buffer = NULL;
    return failed;
}

int awsc__download_write(struct awsc__download *d, const uint8_t *data, size_t len)
{
    d->written += len;
    if (d->file) {
        d->delivered |= d->in_place; /* a device cannot be written over */
        return fwrite(data, 1, len, d->file) == len ? 0 : 1;
    }
    if (d->sink.write) {
        d->delivered = true;
        return d->sink.write(d->sink.write_ud, data, len);
    }
    return 1;
}

/* true when another attempt may write the body again */
bool awsc__download_can_retry(const struct awsc__download *d)
{
    return !d->delivered;
}

int awsc__download_commit(struct awsc__download *d, struct awsc_error *err)
{
    if (!d->file)
        return AWSC_OK;
    int failed =
        fflush(d->file) != 0 || (d->sink.fsync && !d->in_place && fsync(fileno(d->file)) != 0);
    failed |= close_file(d);
    if (d->in_place) {
        if (failed)
            return awsc__fail(err, AWSC_E_IO, "cannot write %s: %s", d->path, strerror(errno));
        d->committed = true;
        return AWSC_OK;
    }
    if (failed || rename(d->tmp, d->path) != 0) {
        int e = errno;
        unlink(d->tmp);
        return awsc__fail(err, AWSC_E_IO, "cannot write %s: %s", d->path, strerror(e));
    }
    partial_remove(d->tmp); /* after the rename: never a moment unlisted */
    awsc__free(d->tmp);
    d->tmp = NULL;
    d->committed = true;
    return AWSC_OK;
}

void awsc__download_clean_up(struct awsc__download *d)
{
    if (d->file)
        close_file(d);
    if (d->tmp) {
        unlink(d->tmp); /* never leave a partial file behind */
        partial_remove(d->tmp);
        awsc__free(d->tmp);
    }
    awsc__free(d->path);
    memset(d, 0, sizeof *d);
}
