/* lang.c - language id: libexttextcat restricted to news languages, plus a
 * Snowball stop-word vote.
 *
 * Why restrict: the stock fpdb.conf holds 160+ profiles; classifying against
 * all of them is slow (~5 ms a document) and confuses close languages. We
 * write a private conf file naming the profiles we care about and load it
 * from the Debian data directory.
 */
#include "chorus/lang.h"
#include "chorus/alloc.h"
#include "chorus/text.h"

#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <textcat.h>
#include <unistd.h>

#define TEXTCAT_DIR "/usr/share/libexttextcat/"

struct ch_langid {
    void *tc;
};

static const char *const profiles[] = {"en", "es", "de", "fr", "it", "pt", "nl", "ca", "sv",
                                       "da", "nb", "pl", "ro", "tr", "ru", "uk", "cs", "sk",
                                       "fi", "hu", "id", "el", "bg", "hr", "ar", "he", "fa",
                                       "ja", "ko", "zh-Hans", "hi", "vi", NULL};
static const char *const voters[] = {"en", "es", "de", "fr", "it", "pt", "nl", NULL};

ch_langid *ch_langid_new(ch_err *err)
{
    char path[] = "/tmp/chorus-fpdb-XXXXXX";
    int fd = mkstemp(path);
    if (fd < 0) {
        CH_FAIL(err, CH_EIO, "cannot create temporary language profile list");
        return NULL;
    }
    FILE *f = fdopen(fd, "w");
    if (!f) {
        close(fd);
        unlink(path);
        CH_FAIL(err, CH_EIO, "cannot write temporary language profile list");
        return NULL;
    }
    for (int i = 0; profiles[i]; i++) fprintf(f, "%s.lm %s--utf8\n", profiles[i], profiles[i]);
    fclose(f);
    void *tc = special_textcat_Init(path, TEXTCAT_DIR);
    unlink(path);
    if (!tc) {
        CH_FAIL(err, CH_ENOTFOUND, "cannot load language profiles from '%s'", TEXTCAT_DIR);
        return NULL;
    }
    ch_langid *li = ch_malloc(sizeof *li);
    if (!li) {
        textcat_Done(tc);
        CH_FAIL(err, CH_ENOMEM, "out of memory");
        return NULL;
    }
    li->tc = tc;
    return li;
}

void ch_langid_free(ch_langid *li)
{
    if (!li) return;
    textcat_Done(li->tc);
    ch_free(li);
}

/* stop-word vote: share of words that are stop words of each language */
static const char *vote(const char *s, size_t n, int *best_hits, int *second_hits,
                        int *words_out)
{
    int hits[8] = {0}, words = 0;
    const ch_wordlist *lists[8] = {0};
    char name[32];
    for (int v = 0; voters[v]; v++) {
        snprintf(name, sizeof name, "stopwords/%s", voters[v]);
        lists[v] = ch_wordlist_find(name);
    }
    size_t i = 0;
    char w[32];
    while (i < n && words < 400) {
        while (i < n && !isalpha((unsigned char)s[i]) && (unsigned char)s[i] < 0x80) i++;
        size_t a = i;
        while (i < n && (isalpha((unsigned char)s[i]) || (unsigned char)s[i] >= 0x80 || s[i] == '\''))
            i++;
        size_t len = i - a;
        if (!len) continue;
        if (len >= sizeof w) continue;
        for (size_t k = 0; k < len; k++) w[k] = (char)tolower((unsigned char)s[a + k]);
        words++;
        for (int v = 0; voters[v]; v++)
            if (ch_wordlist_contains(lists[v], w, len)) hits[v]++;
    }
    int bi = -1, bh = 0, sh = 0;
    for (int v = 0; voters[v]; v++) {
        if (hits[v] > bh) { sh = bh; bh = hits[v]; bi = v; }
        else if (hits[v] > sh) sh = hits[v];
    }
    *best_hits = bh;
    *second_hits = sh;
    *words_out = words;
    return bi >= 0 ? voters[bi] : NULL;
}

const char *ch_langid_detect(ch_langid *li, const char *s, size_t n)
{
    if (n > 1200) {
        n = 1200;
        while (n > 0 && ((unsigned char)s[n] & 0xC0) == 0x80) n--; /* whole chars */
    }
    int hits = 0, second = 0, words = 0;
    const char *v = vote(s, n, &hits, &second, &words);
    /* a clear stop-word majority over enough words decides alone (fast);
     * otherwise the n-gram profiles are asked */
    if (v && words >= 40 && hits * 4 >= words && hits >= 3 * second) return v;
    if (li && n >= 40) {
        const char *r = textcat_Classify(li->tc, s, n);
        if (r && r[0] == '[') {
            char code[8] = {0};
            size_t k = 0;
            for (const char *p = r + 1; *p && *p != '-' && *p != ']' && k < 7; p++) code[k++] = *p;
            if (!strcmp(code, "nb")) return "no";
            if (!strcmp(code, "zh")) return "zh";
            int multi = strchr(r + 1, '[') != NULL;
            for (int i = 0; profiles[i]; i++) {
                if (strncmp(profiles[i], code, 2) || profiles[i][2] != code[2]) continue;
                /* close call between profiles: let the stop words decide */
                if (multi && v && hits * 5 >= words && strstr(r, v)) return v;
                return profiles[i];
            }
        }
    }
    if (v && words >= 3 && hits * 6 >= words) return v;
    return "und";
}
