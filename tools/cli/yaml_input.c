/*
 * --cli-input-yaml: the YAML text read by libyaml and written out as the
 * JSON the rest of the tool reads (--cli-input-json's path). Plain
 * scalars are typed as the AWS CLI's YAML loader (ruamel.yaml's safe
 * loader, YAML 1.2) types them: null, true/false, integers, floats;
 * quoted ones, and any other plain scalar, are strings.
 */
#include <awsc/awsc.h>

#include "cli.h"
#include "protocol/json.h"

#include <errno.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

static bool matches(const char *pattern, const char *s)
{
    regex_t re;
    if (regcomp(&re, pattern, REG_EXTENDED | REG_NOSUB) != 0)
        return false;
    bool m = regexec(&re, s, 0, NULL, 0) == 0;
    regfree(&re);
    return m;
}

/* A plain scalar as JSON: its type by YAML 1.2's core schema. */
static int put_plain(struct awsc_buf *b, const char *s, size_t n, struct awsc_error *err)
{
    if (n == 0 || strcmp(s, "~") == 0 || strcmp(s, "null") == 0 || strcmp(s, "Null") == 0 ||
        strcmp(s, "NULL") == 0) {
        awsc__buf_puts(b, "null");
        return AWSC_OK;
    }
    if (strcmp(s, "true") == 0 || strcmp(s, "True") == 0 || strcmp(s, "TRUE") == 0) {
        awsc__buf_puts(b, "true");
        return AWSC_OK;
    }
    if (strcmp(s, "false") == 0 || strcmp(s, "False") == 0 || strcmp(s, "FALSE") == 0) {
        awsc__buf_puts(b, "false");
        return AWSC_OK;
    }
    /* digits may be grouped with '_', as ruamel.yaml reads them */
    char digits[128];
    size_t k = 0;
    for (size_t i = 0; i < n && k + 1 < sizeof digits; i++)
        if (s[i] != '_')
            digits[k++] = s[i];
    digits[k] = '\0';
    if (matches("^[-+]?(0b[01_]+|0o?[0-7_]+|[0-9_]+|0x[0-9a-fA-F_]+)$", s)) {
        const char *d = digits;
        bool negative = *d == '-';
        if (*d == '-' || *d == '+')
            d++;
        int base = 10;
        if (d[0] == '0' && (d[1] == 'x' || d[1] == 'o' || d[1] == 'b')) {
            base = d[1] == 'x' ? 16 : d[1] == 'o' ? 8 : 2;
            d += 2;
        } else if (d[0] == '0' && d[1]) {
            base = 8;
        }
        errno = 0;
        char *end;
        unsigned long long v = strtoull(d, &end, base);
        if (errno || *end)
            return awsc__fail(err, AWSC_E_VALIDATION, "the integer %s is out of range", s);
        awsc__buf_printf(b, "%s%llu", negative && v ? "-" : "", v);
        return AWSC_OK;
    }
    if (matches("^[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+]?[0-9]+)?$", s) ||
        matches("^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$", s)) {
        char *end;
        double v = strtod(digits, &end);
        if (*end || k == strspn(digits, "+-."))
            return awsc__json_put_string(b, s, n), AWSC_OK;
        char num[64];
        snprintf(num, sizeof num, "%.17g", v);
        awsc__buf_puts(b, num);
        return AWSC_OK;
    }
    if (matches("^[-+]?\\.(inf|Inf|INF)$|^\\.(nan|NaN|NAN)$", s))
        return awsc__fail(err, AWSC_E_VALIDATION, "the value %s is not a number JSON can hold",
                          s);
    awsc__json_put_string(b, s, n);
    return AWSC_OK;
}

static int put_node(struct awsc_buf *b, yaml_document_t *doc, yaml_node_t *node, int depth,
                    struct awsc_error *err)
{
    if (!node)
        return awsc__fail(err, AWSC_E_VALIDATION, "Invalid YAML received.");
    if (depth > 200)
        return awsc__fail(err, AWSC_E_VALIDATION, "the YAML nests too deep");
    switch (node->type) {
    case YAML_SCALAR_NODE: {
        const char *s = (const char *)node->data.scalar.value;
        size_t n = node->data.scalar.length;
        const char *tag = (const char *)node->tag;
        bool plain = node->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
        if (plain && (!tag || strcmp(tag, "?") == 0 || strcmp(tag, YAML_DEFAULT_SCALAR_TAG) == 0))
            return put_plain(b, s, n, err);
        if (tag && strcmp(tag, "tag:yaml.org,2002:binary") == 0) {
            /* bytes: the decoded text, as the value of a blob member;
             * line breaks and blanks in the base64 are dropped */
            char *clean = awsc__malloc(n + 1);
            uint8_t *bytes = awsc__malloc(n + 4);
            size_t k = 0, len = 0;
            for (size_t i = 0; clean && i < n; i++)
                if (!strchr(" \t\r\n", s[i]))
                    clean[k++] = s[i];
            bool ok = clean && bytes && awsc__base64_decode(clean, k, bytes, &len);
            awsc__free(clean);
            if (!ok) {
                awsc__free(bytes);
                return awsc__fail(err, AWSC_E_VALIDATION, "!!binary '%.*s' is not base64",
                                  (int)n, s);
            }
            awsc__json_put_string(b, (const char *)bytes, len);
            awsc__free(bytes);
            return AWSC_OK;
        }
        awsc__json_put_string(b, s, n);
        return AWSC_OK;
    }
    case YAML_SEQUENCE_NODE: {
        awsc__buf_putc(b, '[');
        for (yaml_node_item_t *it = node->data.sequence.items.start;
             it < node->data.sequence.items.top; it++) {
            if (it != node->data.sequence.items.start)
                awsc__buf_putc(b, ',');
            int rc = put_node(b, doc, yaml_document_get_node(doc, *it), depth + 1, err);
            if (rc != AWSC_OK)
                return rc;
        }
        awsc__buf_putc(b, ']');
        return AWSC_OK;
    }
    case YAML_MAPPING_NODE: {
        awsc__buf_putc(b, '{');
        for (yaml_node_pair_t *p = node->data.mapping.pairs.start;
             p < node->data.mapping.pairs.top; p++) {
            yaml_node_t *key = yaml_document_get_node(doc, p->key);
            if (!key || key->type != YAML_SCALAR_NODE)
                return awsc__fail(err, AWSC_E_VALIDATION, "a YAML key that is not a scalar");
            if (p != node->data.mapping.pairs.start)
                awsc__buf_putc(b, ',');
            awsc__json_put_string(b, (const char *)key->data.scalar.value,
                                  key->data.scalar.length);
            awsc__buf_putc(b, ':');
            int rc = put_node(b, doc, yaml_document_get_node(doc, p->value), depth + 1, err);
            if (rc != AWSC_OK)
                return rc;
        }
        awsc__buf_putc(b, '}');
        return AWSC_OK;
    }
    default:
        return awsc__fail(err, AWSC_E_VALIDATION, "Invalid YAML received.");
    }
}

int cli_yaml_to_json(const char *text, size_t len, struct awsc_buf *json, struct awsc_error *err)
{
    yaml_parser_t parser;
    yaml_document_t doc;
    if (!yaml_parser_initialize(&parser))
        return awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    yaml_parser_set_input_string(&parser, (const unsigned char *)text, len);
    int rc;
    if (!yaml_parser_load(&parser, &doc)) {
        rc = awsc__fail(err, AWSC_E_VALIDATION,
                        "Error parsing parameter 'cli-input-yaml': Invalid YAML received.");
    } else {
        yaml_node_t *root = yaml_document_get_root_node(&doc);
        if (!root) /* an empty text: None */
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Error parsing parameter '--cli-input-yaml': Invalid type: expecting "
                            "map, received <class 'NoneType'>");
        else if (root->type != YAML_MAPPING_NODE)
            rc = awsc__fail(err, AWSC_E_VALIDATION,
                            "Error parsing parameter '--cli-input-yaml': Invalid type: expecting "
                            "map, received <class '%s'>",
                            root->type == YAML_SEQUENCE_NODE ? "list" : "str");
        else
            rc = put_node(json, &doc, root, 0, err);
        yaml_document_delete(&doc);
    }
    yaml_parser_delete(&parser);
    if (rc == AWSC_OK && json->failed)
        rc = awsc__fail(err, AWSC_E_NOMEM, "out of memory");
    return rc;
}
