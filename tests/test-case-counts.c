/* test-case-counts.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Counts of signals for monitoring, against a count made here from the list of cases the
 * test registers: per year of the date received, whatever the status, hidden cases left
 * out, every value of each vocabulary listed (also with 0) in the vocabulary's order. */

#include "config.h"

#include <string.h>

#include "ond-case-counts.h"
#include "ond-store-cases.h"
#include "test-case-util.h"

typedef struct
{
  const char    *date;
  const char    *source;
  const char    *theme;     /* NULL = no theme */
  OndCaseStatus  status;
  const char    *outcome;   /* for closed cases */
  gboolean       deleted;
  gboolean       reopened;  /* closed with @outcome, then reopened into monitoring */
} Spec;

static const Spec specs[] = {
  { "2024-01-05", "mma", "Drugs", OND_CASE_STATUS_NEW, NULL, FALSE, FALSE },
  { "2024-02-10", "mma", "Drugs", OND_CASE_STATUS_CLOSED, "effectief", FALSE, FALSE },
  { "2024-03-15", "c3", "Fraude", OND_CASE_STATUS_DROPPED, NULL, FALSE, FALSE },
  { "2024-12-31", "politie", NULL, OND_CASE_STATUS_CLOSED, "niet_effectief", FALSE, FALSE },
  { "2024-06-01", "mma", "Fraude", OND_CASE_STATUS_CLOSED, "deels", TRUE, FALSE },
  { "2024-07-01", "inwoner", "Jonge aanwas", OND_CASE_STATUS_MONITORING, "effectief", FALSE,
    TRUE },
  { "2025-01-01", "mma", "Drugs", OND_CASE_STATUS_WEIGHED, NULL, FALSE, FALSE },
  { "2025-01-02", "riec", "Mensenhandel", OND_CASE_STATUS_ASSIGNED, NULL, FALSE, FALSE },
  { "2025-02-03", "riec", "Mensenhandel", OND_CASE_STATUS_INTERVENTION, NULL, FALSE, FALSE },
  { "2025-03-04", "overig", NULL, OND_CASE_STATUS_CLOSED, "deels", FALSE, FALSE },
  { "2025-04-05", "ondernemer", "Drugs", OND_CASE_STATUS_NEW, NULL, TRUE, FALSE },
  { "2025-05-06", "ondernemer", "Drugs", OND_CASE_STATUS_CLOSED, "deels", FALSE, FALSE },
  { "2023-12-31", "mma", "Drugs", OND_CASE_STATUS_NEW, NULL, FALSE, FALSE },
};

static const char * const sources[] = {
  "mma", "c3", "eigen", "politie", "professional", "inwoner", "ondernemer", "riec", "overig",
};
static const char * const statuses[] = {
  "nieuw", "gewogen", "toegewezen", "interventie", "monitoring", "gesloten", "afgevoerd",
};
static const char * const outcomes[] = { "effectief", "deels", "niet_effectief", "" };

static void
register_cases (Fixture *f)
{
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(OndCaseDraft) draft = make_draft (f, specs[i].date, "Jan de Vries");
      gint64 id;

      g_free (draft->source);
      draft->source = g_strdup (specs[i].source);
      draft->theme_id = specs[i].theme != NULL ? theme_id (f, specs[i].theme) : 0;
      id = ond_store_create_case (f->store, draft, f->today, NULL, &error);
      g_assert_no_error (error);

      if (specs[i].outcome != NULL)
        {
          drive_case (f, id, OND_CASE_STATUS_MONITORING);
          g_assert_true (ond_store_close_case (f->store, id, specs[i].outcome, NULL, &error));
          if (specs[i].reopened)
            g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING,
                                                "Opnieuw bekijken", &error));
          g_assert_no_error (error);
        }
      else
        drive_case (f, id, specs[i].status);
      if (specs[i].deleted)
        g_assert_true (ond_store_delete_case (f->store, id, &error));
      g_assert_no_error (error);
    }
}

/* The expected count, from the specs alone. */
static gint64
expected_count (int             year,
                OndCaseCountBy  by,
                const char     *value)
{
  char prefix[8];
  gint64 n = 0;

  g_snprintf (prefix, sizeof prefix, "%d-", year);
  for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
    {
      const Spec *s = &specs[i];
      const char *status = statuses[s->status];

      if (s->deleted || !g_str_has_prefix (s->date, prefix))
        continue;
      switch (by)
        {
        case OND_CASE_COUNT_BY_SOURCE:
          n += g_str_equal (s->source, value);
          break;
        case OND_CASE_COUNT_BY_THEME:
          n += g_str_equal (s->theme != NULL ? s->theme : "", value);
          break;
        case OND_CASE_COUNT_BY_STATUS:
          n += g_str_equal (status, value);
          break;
        case OND_CASE_COUNT_BY_OUTCOME:
          n += g_str_equal (status, "gesloten") && g_str_equal (s->outcome, value);
          break;
        default:
          g_assert_not_reached ();
        }
    }
  return n;
}

static GPtrArray *
count (Fixture        *f,
       int             year,
       OndCaseCountBy  by)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *counts = ond_store_count_cases (f->store, year, by, &error);

  g_assert_no_error (error);
  g_assert_nonnull (counts);
  return counts;
}

static void
check_codes (Fixture             *f,
             int                  year,
             OndCaseCountBy       by,
             const char * const  *codes,
             guint                n_codes)
{
  g_autoptr(GPtrArray) counts = count (f, year, by);

  g_assert_cmpuint (counts->len, ==, n_codes);
  for (guint i = 0; i < n_codes; i++)
    {
      OndCount *c = g_ptr_array_index (counts, i);

      g_test_message ("%d %s: %" G_GINT64_FORMAT, year, c->code, c->count);
      g_assert_cmpstr (c->code, ==, codes[i]);
      g_assert_nonnull (c->label);
      g_assert_cmpint (c->count, ==, expected_count (year, by, codes[i]));
    }
}

static void
test_counts (Fixture       *f,
             gconstpointer  data)
{
  /* The six themes of the plan in its order, then "" (no theme). */
  static const char * const themes[] = {
    "Drugs", "Mensenhandel",
    "Kwetsbare bedrijven(-terreinen), watergebonden locaties en vakantiepark",
    "Outlaw Motorcycle Gangs (OMG)", "Fraude", "Jonge aanwas", "",
  };
  static const int years[] = { 2023, 2024, 2025, 2026 };

  register_cases (f);

  for (guint y = 0; y < G_N_ELEMENTS (years); y++)
    {
      g_autoptr(GError) error = NULL;
      g_autoptr(GPtrArray) by_theme = NULL;
      gint64 signals = -1;
      gint64 expected = 0;
      char prefix[8];

      check_codes (f, years[y], OND_CASE_COUNT_BY_SOURCE, sources, G_N_ELEMENTS (sources));
      check_codes (f, years[y], OND_CASE_COUNT_BY_STATUS, statuses, G_N_ELEMENTS (statuses));
      check_codes (f, years[y], OND_CASE_COUNT_BY_OUTCOME, outcomes, G_N_ELEMENTS (outcomes));

      /* Themes: codes are the theme ids as text; labels the names. */
      by_theme = count (f, years[y], OND_CASE_COUNT_BY_THEME);
      g_assert_cmpuint (by_theme->len, ==, G_N_ELEMENTS (themes));
      for (guint i = 0; i < by_theme->len; i++)
        {
          OndCount *c = g_ptr_array_index (by_theme, i);
          g_autofree char *code = NULL;

          if (*themes[i] != '\0')
            {
              code = g_strdup_printf ("%" G_GINT64_FORMAT, theme_id (f, themes[i]));
              g_assert_cmpstr (c->label, ==, themes[i]);
            }
          else
            {
              code = g_strdup ("");
              g_assert_cmpstr (c->label, ==, "Geen thema");
            }
          g_assert_cmpstr (c->code, ==, code);
          g_assert_cmpint (c->count, ==,
                           expected_count (years[y], OND_CASE_COUNT_BY_THEME, themes[i]));
        }

      /* Signals: every case received that year, whatever its status. */
      g_snprintf (prefix, sizeof prefix, "%d-", years[y]);
      for (guint i = 0; i < G_N_ELEMENTS (specs); i++)
        expected += !specs[i].deleted && g_str_has_prefix (specs[i].date, prefix);
      g_assert_true (ond_store_count_signals (f->store, years[y], &signals, &error));
      g_assert_no_error (error);
      g_assert_cmpint (signals, ==, expected);
    }

  /* A sanity check on the independent count itself. */
  g_assert_cmpint (expected_count (2024, OND_CASE_COUNT_BY_SOURCE, "mma"), ==, 2);
  g_assert_cmpint (expected_count (2025, OND_CASE_COUNT_BY_OUTCOME, "deels"), ==, 2);
  g_assert_cmpint (expected_count (2024, OND_CASE_COUNT_BY_OUTCOME, "effectief"), ==, 1);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/case-counts/by-year", test_counts);

  return g_test_run ();
}
