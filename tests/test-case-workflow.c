/* test-case-workflow.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fixed workflow of a case: every pair of statuses, against a table written out here
 * by hand from the issue (not from the code). */

#include "config.h"

#include <string.h>

#include "ond-case-workflow.h"
#include "ond-store.h"

/* Rows: from; columns: to; in the order nieuw, gewogen, toegewezen, interventie,
 * monitoring, gesloten, afgevoerd. 'x' = allowed. */
static const char * const expected[OND_CASE_STATUS_N] = {
  /* nieuw       */ ".xx...x",
  /* gewogen     */ ".xx...x",
  /* toegewezen  */ "...x...",
  /* interventie */ "....x..",
  /* monitoring  */ "...x.x.",
  /* gesloten    */ "....x..",
  /* afgevoerd   */ ".......",
};

static const char * const codes[OND_CASE_STATUS_N] = {
  "nieuw", "gewogen", "toegewezen", "interventie", "monitoring", "gesloten", "afgevoerd",
};

static const char * const labels[OND_CASE_STATUS_N] = {
  "Nieuw", "Gewogen", "Toegewezen", "In interventie", "Monitoring", "Gesloten", "Afgevoerd",
};

static void
test_every_pair (void)
{
  guint n_allowed = 0;

  for (guint from = 0; from < OND_CASE_STATUS_N; from++)
    for (guint to = 0; to < OND_CASE_STATUS_N; to++)
      {
        g_autoptr(GError) error = NULL;
        gboolean want = expected[from][to] == 'x';
        gboolean ok;

        g_test_message ("%s -> %s", codes[from], codes[to]);
        g_assert_cmpint (ond_case_workflow_allows (from, to), ==, want);
        ok = ond_case_workflow_check (from, to, &error);
        g_assert_cmpint (ok, ==, want);
        if (want)
          {
            g_assert_no_error (error);
            n_allowed++;
          }
        else
          {
            g_autofree char *message = g_strdup_printf ("A case cannot go from “%s” to “%s”.",
                                                        labels[from], labels[to]);

            g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
            g_assert_cmpstr (error->message, ==, message);
          }
      }
  /* The eleven steps of the issue. */
  g_assert_cmpuint (n_allowed, ==, 11);
}

static void
test_next (void)
{
  for (guint from = 0; from < OND_CASE_STATUS_N; from++)
    {
      OndCaseStatus next[OND_CASE_STATUS_N];
      guint n = ond_case_workflow_next (from, next);
      guint k = 0;

      for (guint to = 0; to < OND_CASE_STATUS_N; to++)
        if (expected[from][to] == 'x')
          {
            g_assert_cmpuint (k, <, n);
            g_assert_cmpint (next[k], ==, to);
            k++;
          }
      g_assert_cmpuint (k, ==, n);
    }
}

static void
test_codes (void)
{
  for (guint i = 0; i < OND_CASE_STATUS_N; i++)
    {
      OndCaseStatus status = OND_CASE_STATUS_DROPPED;

      g_assert_cmpstr (ond_case_status_to_code (i), ==, codes[i]);
      g_assert_cmpstr (ond_case_status_label (i), ==, labels[i]);
      g_assert_true (ond_case_status_from_code (codes[i], &status));
      g_assert_cmpint (status, ==, i);
    }
  g_assert_false (ond_case_status_from_code ("Nieuw", NULL));
  g_assert_false (ond_case_status_from_code ("", NULL));
  g_assert_false (ond_case_status_from_code (NULL, NULL));

  g_assert_true (ond_case_status_is_open (OND_CASE_STATUS_NEW));
  g_assert_true (ond_case_status_is_open (OND_CASE_STATUS_MONITORING));
  g_assert_false (ond_case_status_is_open (OND_CASE_STATUS_CLOSED));
  g_assert_false (ond_case_status_is_open (OND_CASE_STATUS_DROPPED));
}

static void
test_decisions (void)
{
  static const struct
  {
    OndWeighingDecision decision;
    const char *code;
    OndCaseStatus target;
  } table[] = {
    { OND_WEIGHING_DROP, "afvoeren", OND_CASE_STATUS_DROPPED },
    { OND_WEIGHING_PARTNER, "partner", OND_CASE_STATUS_ASSIGNED },
    { OND_WEIGHING_RIEC, "riec", OND_CASE_STATUS_ASSIGNED },
    { OND_WEIGHING_RESEARCH, "onderzoek", OND_CASE_STATUS_WEIGHED },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    {
      OndWeighingDecision decision = OND_WEIGHING_DROP;

      g_assert_cmpstr (ond_weighing_decision_to_code (table[i].decision), ==, table[i].code);
      g_assert_true (ond_weighing_decision_from_code (table[i].code, &decision));
      g_assert_cmpint (decision, ==, table[i].decision);
      g_assert_cmpint (ond_weighing_decision_target (table[i].decision), ==, table[i].target);
      /* Weighing is possible from nieuw and from gewogen, whatever the decision. */
      g_assert_true (ond_case_workflow_allows (OND_CASE_STATUS_NEW, table[i].target));
      g_assert_true (ond_case_workflow_allows (OND_CASE_STATUS_WEIGHED, table[i].target));
    }
  g_assert_false (ond_weighing_decision_from_code ("drop", NULL));
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ond/case-workflow/every-pair", test_every_pair);
  g_test_add_func ("/ond/case-workflow/next", test_next);
  g_test_add_func ("/ond/case-workflow/codes", test_codes);
  g_test_add_func ("/ond/case-workflow/decisions", test_decisions);

  return g_test_run ();
}
