/*
 * Serve an S3 object over HTTP while it downloads, as the aioboto3
 * example does with aiohttp: a tiny HTTP server of its own answers each
 * GET with the object's Content-Type, Content-Length and a
 * Content-Disposition, then streams the body to the client as it arrives
 * from S3, never holding the whole object.
 *
 *   s3_serve_object BUCKET KEY [PORT [REQUESTS]]
 *
 * Listens on 127.0.0.1:PORT (0, the default, picks a free port and prints
 * it) and ends after REQUESTS requests (default 1).
 */
#include <awsc/s3_transfer.h>

#include <arpa/inet.h>
#include <inttypes.h>
#include <netinet/in.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

struct reply {
    int fd;
    const char *key;
    bool started;
};

static int send_all(int fd, const void *data, size_t len)
{
    for (size_t off = 0; off < len;) {
        ssize_t n = send(fd, (const char *)data + off, len - off, MSG_NOSIGNAL);
        if (n <= 0)
            return 1; /* the client went away: cancel the download */
        off += (size_t)n;
    }
    return 0;
}

/* The object's headers arrive before its first byte: the response head. */
static int head(void *ud, const struct awsc_s3_head_object_output *h)
{
    struct reply *r = ud;
    const char *name = strrchr(r->key, '/') ? strrchr(r->key, '/') + 1 : r->key;
    char buf[1024];
    int n = snprintf(buf, sizeof buf,
                     "HTTP/1.1 200 OK\r\nContent-Type: %s\r\nContent-Length: %" PRId64 "\r\n"
                     "Content-Disposition: attachment; filename=\"%s\"\r\nETag: %s\r\n"
                     "Connection: close\r\n\r\n",
                     h->content_type ? h->content_type : "application/octet-stream",
                     h->content_length, name, h->e_tag ? h->e_tag : "\"\"");
    r->started = true;
    return n < 0 || (size_t)n >= sizeof buf ? 1 : send_all(r->fd, buf, (size_t)n);
}

static int body(void *ud, const uint8_t *data, size_t len)
{
    return send_all(((struct reply *)ud)->fd, data, len);
}

static void serve(struct awsc_client *s3, const char *bucket, const char *key, int fd)
{
    char req[4096];
    ssize_t n = recv(fd, req, sizeof req - 1, 0); /* the request: any GET gets the object */
    if (n <= 0)
        return;
    struct reply r = {fd, key, false};
    struct awsc_s3_download_request d = {
        .bucket = bucket, .key = key, .write = body, .on_headers = head, .user_data = &r};
    struct awsc_error err = AWSC_ERROR_INIT;
    if (awsc_s3_download(s3, &d, NULL, &err) != AWSC_OK) {
        fprintf(stderr, "s3://%s/%s: %s\n", bucket, key, err.message);
        if (!r.started) {
            const char *e = "HTTP/1.1 502 Bad Gateway\r\nContent-Length: 0\r\n\r\n";
            send_all(fd, e, strlen(e));
        }
        awsc_error_clean_up(&err);
    } else {
        printf("served s3://%s/%s\n", bucket, key);
    }
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fprintf(stderr, "usage: s3_serve_object BUCKET KEY [PORT [REQUESTS]]\n");
        return 2;
    }
    int port = argc > 3 ? atoi(argv[3]) : 0, requests = argc > 4 ? atoi(argv[4]) : 1;
    struct awsc_error err = AWSC_ERROR_INIT;
    struct awsc_client *s3 = NULL;
    if (awsc_s3_client_new(NULL, &s3, &err) != AWSC_OK) {
        fprintf(stderr, "client: %s\n", err.message);
        awsc_error_clean_up(&err);
        return 1;
    }
    int ls = socket(AF_INET, SOCK_STREAM, 0), one = 1;
    struct sockaddr_in a = {.sin_family = AF_INET, .sin_port = htons((uint16_t)port)};
    a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t alen = sizeof a;
    setsockopt(ls, SOL_SOCKET, SO_REUSEADDR, &one, sizeof one);
    if (bind(ls, (struct sockaddr *)&a, sizeof a) != 0 || listen(ls, 8) != 0 ||
        getsockname(ls, (struct sockaddr *)&a, &alen) != 0) {
        perror("listen");
        return 1;
    }
    printf("serving s3://%s/%s at http://127.0.0.1:%d/\n", argv[1], argv[2], ntohs(a.sin_port));
    fflush(stdout);
    for (int i = 0; i < requests; i++) {
        int fd = accept(ls, NULL, NULL);
        if (fd < 0)
            break;
        serve(s3, argv[1], argv[2], fd);
        close(fd);
        fflush(stdout);
    }
    close(ls);
    awsc_client_destroy(s3);
    return 0;
}
