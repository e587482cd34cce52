/* test-text.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The text helpers the search relies on: ond_text_fold() (case, accents, white space, NULL)
 * and ond_text_is_blank().
 */

#define G_LOG_DOMAIN "test-text"

#include "config.h"

#include <string.h>

#include "ond-text.h"

typedef struct
{
  const char *text;
  const char *folded;
} Fold;

static void
check_folds (const Fold *folds,
             guint       n_folds)
{
  for (guint i = 0; i < n_folds; i++)
    {
      g_autofree char *folded = ond_text_fold (folds[i].text);

      g_test_message ("fold “%s”", folds[i].text);
      g_assert_cmpstr (folded, ==, folds[i].folded);
    }
}

static void
test_fold_case (void)
{
  static const Fold folds[] = {
    { "creme", "creme" },
    { "DORDRECHT", "dordrecht" },
    { "Van der Berg", "van der berg" },
    { "VoorStraat 12a", "voorstraat 12a" },
    /* Case folding, not just lowering: ß becomes ss. */
    { "Straße", "strasse" },
    /* Full-width letters and digits fold to their plain forms. */
    { "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\x91", "ab1" },
    /* The Dutch ligature Ĳ becomes two letters. */
    { "\xc4\xb2sselmonde", "ijsselmonde" },
  };

  check_folds (folds, G_N_ELEMENTS (folds));
}

static void
test_fold_accents (void)
{
  static const Fold folds[] = {
    { "Crème", "creme" },
    { "CRÈME BRÛLÉE", "creme brulee" },
    { "Zoë", "zoe" },
    { "Curaçao", "curacao" },
    { "Öztürk", "ozturk" },
    { "café", "cafe" },
    /* The same word written with a combining accent (e + U+0301). */
    { "cafe\xcc\x81", "cafe" },
    { "naïef geëxploiteerd", "naief geexploiteerd" },
    { "Ångström", "angstrom" },
  };

  check_folds (folds, G_N_ELEMENTS (folds));
}

static void
test_fold_space (void)
{
  static const Fold folds[] = {
    { "  Voorstraat   12  ", "voorstraat 12" },
    { "a\tb\nc\r\nd", "a b c d" },
    /* A no-break space counts as a space. */
    { "van\xc2\xa0" "Dijk", "van dijk" },
    { " \t\n ", "" },
    { "", "" },
  };

  check_folds (folds, G_N_ELEMENTS (folds));
}

static void
test_fold_keeps (void)
{
  static const Fold folds[] = {
    /* References, numbers and the characters LIKE treats specially stay as they are. */
    { "2024-0001", "2024-0001" },
    { "100% _zeker_", "100% _zeker_" },
    { "O'Neill & Zn.", "o'neill & zn." },
    { "\\path", "\\path" },
  };

  check_folds (folds, G_N_ELEMENTS (folds));
}

static void
test_fold_null (void)
{
  g_autofree char *folded = ond_text_fold (NULL);
  g_autofree char *invalid = ond_text_fold ("abc\xff");

  g_assert_nonnull (folded);
  g_assert_cmpstr (folded, ==, "");
  /* Text that is not UTF-8 never matches anything. */
  g_assert_nonnull (invalid);
  g_assert_cmpstr (invalid, ==, "");
}

static void
test_fold_search (void)
{
  static const char * const texts[] = {
    "Crème Brûlée B.V., Spuiboulevard 3",
    "  MEVROUW  Zoë   ÖZTÜRK ",
    "Straße",
    "Ĳzerhandel",
  };
  static const char * const needles[] = {
    "creme", "CRÈME", "brulee b.v.", "zoe ozturk", "MEVROUW ZOË", "strasse", "STRASSE", "ijzer",
  };
  static const gboolean found[G_N_ELEMENTS (needles)][G_N_ELEMENTS (texts)] = {
    { TRUE, FALSE, FALSE, FALSE },
    { TRUE, FALSE, FALSE, FALSE },
    { TRUE, FALSE, FALSE, FALSE },
    { FALSE, TRUE, FALSE, FALSE },
    { FALSE, TRUE, FALSE, FALSE },
    { FALSE, FALSE, TRUE, FALSE },
    { FALSE, FALSE, TRUE, FALSE },
    { FALSE, FALSE, FALSE, TRUE },
  };

  /* What the case list does: the stored text and the search text are folded the same way,
   * so a substring match finds it whatever the case, accents or spacing. */
  for (guint n = 0; n < G_N_ELEMENTS (needles); n++)
    {
      g_autofree char *needle = ond_text_fold (needles[n]);

      for (guint t = 0; t < G_N_ELEMENTS (texts); t++)
        {
          g_autofree char *text = ond_text_fold (texts[t]);

          g_test_message ("“%s” in “%s”", needles[n], texts[t]);
          g_assert_cmpint (strstr (text, needle) != NULL, ==, found[n][t]);
        }
    }
}

static void
test_fold_idempotent (void)
{
  static const char * const texts[] = {
    "Crème", "  A  b ", "Straße", "Ĳ", "cafe\xcc\x81", "2024-0001", "",
  };

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *once = ond_text_fold (texts[i]);
      g_autofree char *twice = ond_text_fold (once);

      g_assert_cmpstr (once, ==, twice);
      g_assert_true (g_utf8_validate (once, -1, NULL));
    }
}

static void
test_is_blank (void)
{
  g_assert_true (ond_text_is_blank (NULL));
  g_assert_true (ond_text_is_blank (""));
  g_assert_true (ond_text_is_blank (" "));
  g_assert_true (ond_text_is_blank ("  \t\n\r "));
  g_assert_true (ond_text_is_blank ("\xc2\xa0"));
  g_assert_true (ond_text_is_blank (" \xe2\x80\x83 "));

  g_assert_false (ond_text_is_blank ("a"));
  g_assert_false (ond_text_is_blank ("  Jansen  "));
  g_assert_false (ond_text_is_blank ("\t.\t"));
  g_assert_false (ond_text_is_blank ("0"));
  g_assert_false (ond_text_is_blank ("é"));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/text/fold/case", test_fold_case);
  g_test_add_func ("/ond/text/fold/accents", test_fold_accents);
  g_test_add_func ("/ond/text/fold/space", test_fold_space);
  g_test_add_func ("/ond/text/fold/keeps", test_fold_keeps);
  g_test_add_func ("/ond/text/fold/null", test_fold_null);
  g_test_add_func ("/ond/text/fold/search", test_fold_search);
  g_test_add_func ("/ond/text/fold/idempotent", test_fold_idempotent);
  g_test_add_func ("/ond/text/is-blank", test_is_blank);

  return g_test_run ();
}
