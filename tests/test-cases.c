/* test-cases.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Cases through the store: registering signals (references per year, never reused), bad
 * input, every step of the workflow, weighing, the menukaart rule and updating. Checked
 * from outside the store with plain SQLite: a refused change must leave every case table
 * exactly as it was. Deleting, the access log and read-only files are in test-case-log.c. */

#include "config.h"

#include <sqlite3.h>
#include <string.h>

#include "ond-case.h"
#include "ond-case-event.h"
#include "ond-case-intervention.h"
#include "ond-store-cases.h"
#include "ond-store-partners.h"
#include "ond-store-private.h"
#include "ond-test-pg.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* Registering: references per year, in order, never handed out twice. */
static void
test_references (Fixture       *f,
                 gconstpointer  data)
{
  static const struct
  {
    const char *date;
    const char *reference;
  } steps[] = {
    { "2024-03-01", "2024-0001" },
    { "15-05-2024", "2024-0002" },
    { "2025-01-10", "2025-0001" },
    { "2024-12-31", "2024-0003" },
    { "2025-01-01", "2025-0002" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) item = NULL;
  g_autofree char *reference = NULL;
  g_autofree char *search = NULL;
  gint64 ids[G_N_ELEMENTS (steps)];
  gint64 id;

  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    {
      g_autoptr(OndCaseDraft) draft = make_draft (f, steps[i].date, "Jan de Vries");
      g_autofree char *ref = NULL;

      ids[i] = ond_store_create_case (f->store, draft, f->today, &ref, &error);
      g_assert_no_error (error);
      g_assert_cmpint (ids[i], >, 0);
      g_assert_cmpstr (ref, ==, steps[i].reference);
    }

  /* The date is kept as ISO; the case starts as nieuw with one history entry. */
  item = ond_store_get_case (f->store, ids[1], &error);
  g_assert_no_error (error);
  g_assert_cmpstr (ond_case_get_reference (item), ==, "2024-0002");
  g_assert_cmpstr (ond_case_get_date_received (item), ==, "2024-05-15");
  g_assert_cmpstr (ond_case_get_status (item), ==, "nieuw");
  g_assert_cmpint (ond_case_get_status_enum (item), ==, OND_CASE_STATUS_NEW);
  g_assert_cmpstr (ond_case_get_status_label (item), ==, "Nieuw");
  g_assert_cmpstr (ond_case_get_source_label (item), ==, "Meld Misdaad Anoniem");
  g_assert_cmpstr (ond_case_get_subject_kind_label (item), ==, "Persoon");
  g_assert_cmpstr (ond_case_get_subject_name (item), ==, "Jan de Vries");
  g_assert_cmpstr (ond_case_get_theme_name (item), ==, "Drugs");
  g_assert_cmpstr (ond_case_get_area_name (item), ==, "Crabbehof");
  g_assert_null (ond_case_get_lead_partner_name (item));
  g_assert_null (ond_case_get_next_follow_up (item));
  g_assert_cmpstr (ond_case_get_mma_number (item), ==, "MMA-123");
  g_assert_cmpint (count_rows (f, "case_event", ids[1]), ==, 1);
  search = sql_text (f->path, "SELECT search_text FROM case_file WHERE id = ?", ids[1]);
  g_assert_nonnull (strstr (search, "2024-0002 jan de vries"));
  g_assert_nonnull (strstr (search, "cafe"));

  /* Hide and purge the highest number of 2024: the next 2024 case gets a new one. */
  g_assert_true (ond_store_delete_case (f->store, ids[3], &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_purge_deleted_cases (f->store, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE reference = "
                                     "'2024-0003' OR id = ?", ids[3]), ==, 0);
  {
    g_autoptr(OndCaseDraft) draft = make_draft (f, "2024-06-01", "Piet Bakker");

    id = ond_store_create_case (f->store, draft, f->today, &reference, &error);
    g_assert_no_error (error);
    g_assert_cmpint (id, >, 0);
    g_assert_cmpstr (reference, ==, "2024-0004");
  }

  /* A hidden (not purged) case keeps its number too. */
  g_assert_true (ond_store_delete_case (f->store, id, &error));
  g_assert_no_error (error);
  g_clear_pointer (&reference, g_free);
  {
    g_autoptr(OndCaseDraft) draft = make_draft (f, "2024-07-01", "Kees Smit");

    g_assert_cmpint (ond_store_create_case (f->store, draft, f->today, &reference, &error), >, 0);
    g_assert_no_error (error);
    g_assert_cmpstr (reference, ==, "2024-0005");
  }
  g_assert_cmpint (sql_int (f->path, "SELECT last_number FROM case_counter WHERE year = ?",
                            2024), ==, 5);
  g_assert_cmpint (sql_int (f->path, "SELECT last_number FROM case_counter WHERE year = ?",
                            2025), ==, 2);
}

/* A bad draft: the good one with one text field replaced (NULL: left out), or with an id
 * that does not exist. */
typedef struct
{
  const char        *name;
  gsize              field;   /* offset of a char * in OndCaseDraft, or NO_TEXT */
  const char        *value;
  gint64             theme_id;
  gint64             area_id;
  OndCaseDraftError  code;
} BadDraft;

#define TEXT(member) ((gsize) G_STRUCT_OFFSET (OndCaseDraft, member))
#define NO_TEXT G_MAXSIZE

static void
apply_bad_draft (OndCaseDraft   *draft,
                 const BadDraft *bad)
{
  if (bad->field != NO_TEXT)
    {
      char **text = G_STRUCT_MEMBER_P (draft, bad->field);

      g_free (*text);
      *text = g_strdup (bad->value);
    }
  if (bad->theme_id != 0)
    draft->theme_id = bad->theme_id;
  if (bad->area_id != 0)
    draft->area_id = bad->area_id;
}

static void
test_bad_drafts (Fixture       *f,
                 gconstpointer  data)
{
  static const BadDraft bad[] = {
    { "no date", TEXT (date_received), NULL, 0, 0, OND_CASE_DRAFT_ERROR_DATE },
    { "blank date", TEXT (date_received), "  ", 0, 0, OND_CASE_DRAFT_ERROR_DATE },
    { "31 February", TEXT (date_received), "31-02-2024", 0, 0, OND_CASE_DRAFT_ERROR_DATE },
    { "not a date", TEXT (date_received), "gisteren", 0, 0, OND_CASE_DRAFT_ERROR_DATE },
    { "tomorrow", TEXT (date_received), "2025-06-16", 0, 0, OND_CASE_DRAFT_ERROR_DATE },
    { "before 2000", TEXT (date_received), "31-12-1999", 0, 0, OND_CASE_DRAFT_ERROR_DATE },
    { "no source", TEXT (source), NULL, 0, 0, OND_CASE_DRAFT_ERROR_SOURCE },
    { "unknown source", TEXT (source), "krant", 0, 0, OND_CASE_DRAFT_ERROR_SOURCE },
    { "unknown theme", NO_TEXT, NULL, 999999, 0, OND_CASE_DRAFT_ERROR_THEME },
    { "unknown area", NO_TEXT, NULL, 0, 999999, OND_CASE_DRAFT_ERROR_AREA },
    { "no kind", TEXT (subject_kind), NULL, 0, 0, OND_CASE_DRAFT_ERROR_SUBJECT_KIND },
    { "unknown kind", TEXT (subject_kind), "voertuig", 0, 0, OND_CASE_DRAFT_ERROR_SUBJECT_KIND },
    { "subject of spaces", TEXT (subject_name), "   \t ", 0, 0,
      OND_CASE_DRAFT_ERROR_SUBJECT_NAME },
    { "no subject", TEXT (subject_name), NULL, 0, 0, OND_CASE_DRAFT_ERROR_SUBJECT_NAME },
    { "blank summary", TEXT (summary), " \n ", 0, 0, OND_CASE_DRAFT_ERROR_SUMMARY },
  };
  g_autofree char *before = NULL;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) good = make_draft (f, "2025-06-15", "Jan de Vries");

  /* The good draft passes; today itself is not in the future. */
  g_assert_true (ond_case_draft_validate (good, f->today, &error));
  g_assert_no_error (error);

  before = snapshot (f);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      g_autoptr(OndCaseDraft) draft = ond_case_draft_copy (good);
      g_autofree char *after = NULL;
      g_autofree char *reference = NULL;

      g_test_message ("%s", bad[i].name);
      apply_bad_draft (draft, &bad[i]);
      g_assert_cmpint (ond_store_create_case (f->store, draft, f->today, &reference, &error),
                       ==, 0);
      g_assert_error (error, OND_CASE_DRAFT_ERROR, (int) bad[i].code);
      g_assert_null (reference);
      g_clear_error (&error);

      after = snapshot (f);
      g_assert_cmpstr (before, ==, after);
    }
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id > ?", 0), ==, 0);
}

/* Every (from, to) pair through the store: a plain move succeeds exactly for the four plain
 * steps; weighing only from nieuw and gewogen; closing only from monitoring. Refusals write
 * nothing. */
static void
test_store_transitions (Fixture       *f,
                        gconstpointer  data)
{
  static const char * const plain[] = {
    "toegewezen>interventie", "interventie>monitoring", "monitoring>interventie",
    "gesloten>monitoring",
  };

  for (guint from = 0; from < OND_CASE_STATUS_N; from++)
    {
      for (guint to = 0; to < OND_CASE_STATUS_N; to++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(OndCase) item = NULL;
          g_autofree char *pair = g_strdup_printf ("%s>%s", ond_case_status_to_code (from),
                                                   ond_case_status_to_code (to));
          g_autofree char *before = NULL;
          g_autofree char *after = NULL;
          gint64 id = new_case_in (f, from);
          gint64 events = count_rows (f, "case_event", id);
          gboolean want = g_strv_contains (plain, pair);

          g_test_message ("move %s", pair);
          before = snapshot (f);
          if (want)
            {
              g_assert_true (ond_store_move_case (f->store, id, to, "Besproken in overleg",
                                                  &error));
              g_assert_no_error (error);
              item = ond_store_get_case (f->store, id, &error);
              g_assert_cmpint (ond_case_get_status_enum (item), ==, to);
              g_assert_cmpint (count_rows (f, "case_event", id), ==, events + 1);
            }
          else
            {
              g_assert_false (ond_store_move_case (f->store, id, to, "Besproken in overleg",
                                                   &error));
              g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
              after = snapshot (f);
              g_assert_cmpstr (before, ==, after);
            }
        }

      /* Weighing and closing from this status. */
      {
        g_autoptr(GError) error = NULL;
        g_autofree char *before = NULL;
        g_autofree char *after = NULL;
        gint64 id = new_case_in (f, from);
        gboolean can_weigh = from == OND_CASE_STATUS_NEW || from == OND_CASE_STATUS_WEIGHED;

        before = snapshot (f);
        g_assert_cmpint (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_DROP,
                                               "Geen aanwijzingen", 0, NULL, &error),
                         ==, can_weigh);
        if (!can_weigh)
          {
            g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
            after = snapshot (f);
            g_assert_cmpstr (before, ==, after);
          }
        g_clear_error (&error);
        g_clear_pointer (&before, g_free);
        g_clear_pointer (&after, g_free);

        id = new_case_in (f, from);
        before = snapshot (f);
        g_assert_cmpint (ond_store_close_case (f->store, id, "effectief", NULL, &error),
                         ==, from == OND_CASE_STATUS_MONITORING);
        if (from != OND_CASE_STATUS_MONITORING)
          {
            g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
            after = snapshot (f);
            g_assert_cmpstr (before, ==, after);
          }
      }
    }
}

/* The whole life of a case, with its history: who, when, from, to, reason. */
static void
test_history (Fixture       *f,
              gconstpointer  data)
{
  static const struct
  {
    const char *from;
    const char *to;
    const char *reason_start;
  } expected[] = {
    { NULL, "nieuw", "Melding geregistreerd" },
    { "nieuw", "toegewezen", "Weging: Overdragen aan partner (complexiteit Midden). Politie" },
    { "toegewezen", "interventie", "" },
    { "interventie", "monitoring", "Interventies lopen" },
    { "monitoring", "gesloten", "Uitkomst: Deels effectief. Pand gesloten" },
    { "gesloten", "monitoring", "Nieuwe signalen" },
    { "monitoring", "interventie", "Tweede ronde" },
  };
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) events = NULL;
  g_autoptr(OndCase) item = NULL;
  g_autoptr(GRegex) stamp = g_regex_new ("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d$", 0, 0, NULL);
  gint64 id = new_case (f, "2025-02-01", "Jan de Vries");
  gint64 politie = partner_id (f, "Politie");

  g_assert_true (ond_store_weigh_case (f->store, id, "midden", OND_WEIGHING_PARTNER,
                                       "Politie heeft informatie", politie, NULL, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION, NULL, &error));
  g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING,
                                      "Interventies lopen", &error));
  g_assert_true (ond_store_close_case (f->store, id, "deels", "Pand gesloten", &error));
  g_assert_no_error (error);

  item = ond_store_get_case (f->store, id, &error);
  g_assert_cmpstr (ond_case_get_outcome (item), ==, "deels");
  g_assert_cmpstr (ond_case_get_outcome_note (item), ==, "Pand gesloten");
  g_assert_nonnull (ond_case_get_closed_date (item));
  g_clear_object (&item);

  /* Reopening needs a reason; without one nothing changes. */
  {
    g_autofree char *before = snapshot (f);
    g_autofree char *after = NULL;

    g_assert_false (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING, "  ", &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    after = snapshot (f);
    g_assert_cmpstr (before, ==, after);
  }
  g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_MONITORING,
                                      "Nieuwe signalen", &error));
  g_assert_true (ond_store_move_case (f->store, id, OND_CASE_STATUS_INTERVENTION,
                                      "Tweede ronde", &error));
  g_assert_no_error (error);

  /* Reopening cleared the outcome; the history keeps it. */
  item = ond_store_get_case (f->store, id, &error);
  g_assert_null (ond_case_get_outcome (item));
  g_assert_null (ond_case_get_closed_date (item));
  g_assert_cmpstr (ond_case_get_lead_partner_name (item), ==, "Politie");
  g_assert_cmpint (ond_case_get_lead_partner_id (item), ==, politie);

  events = ond_store_list_case_events (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (events), ==, G_N_ELEMENTS (expected));
  for (guint i = 0; i < G_N_ELEMENTS (expected); i++)
    {
      g_autoptr(OndCaseEvent) event = g_list_model_get_item (events, i);

      g_assert_cmpint (ond_case_event_get_case_id (event), ==, id);
      g_assert_cmpstr (ond_case_event_get_from_status (event), ==, expected[i].from);
      g_assert_cmpstr (ond_case_event_get_to_status (event), ==, expected[i].to);
      g_assert_true (g_str_has_prefix (ond_case_event_get_reason (event),
                                       expected[i].reason_start));
      g_assert_cmpstr (ond_case_event_get_who (event), ==, ond_test_user_name (f->path));
      g_assert_true (g_regex_match (stamp, ond_case_event_get_at (event), 0, NULL));
    }
  {
    g_autoptr(OndCaseEvent) event = g_list_model_get_item (events, 3);

    g_assert_cmpstr (ond_case_event_get_from_label (event), ==, "In interventie");
    g_assert_cmpstr (ond_case_event_get_to_label (event), ==, "Monitoring");
  }
}

static gint64
weigh_new (Fixture              *f,
           OndWeighingDecision   decision,
           gint64                lead,
           const char           *follow_up,
           GError              **error)
{
  gint64 id = new_case (f, "2025-03-01", "Jan de Vries");

  if (!ond_store_weigh_case (f->store, id, "hoog", decision, "Overwogen in kernteam", lead,
                             follow_up, error))
    return 0;
  return id;
}

static void
test_weighing (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) item = NULL;
  g_autofree char *tomorrow = day_from_now (1);
  g_autofree char *yesterday = day_from_now (-1);
  gint64 riec = partner_id (f, "RIEC");
  gint64 ozhz = partner_id (f, "OZHZ");
  gint64 id;

  /* Drop. */
  id = weigh_new (f, OND_WEIGHING_DROP, 0, tomorrow, &error);
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_cmpstr (ond_case_get_status (item), ==, "afgevoerd");
  g_assert_cmpstr (ond_case_get_decision (item), ==, "afvoeren");
  g_assert_cmpstr (ond_case_get_complexity (item), ==, "hoog");
  g_assert_cmpstr (ond_case_get_weighing_reason (item), ==, "Overwogen in kernteam");
  g_assert_null (ond_case_get_follow_up_date (item));
  g_assert_cmpint (ond_case_get_lead_partner_id (item), ==, 0);
  g_clear_object (&item);

  /* To a partner. */
  id = weigh_new (f, OND_WEIGHING_PARTNER, ozhz, NULL, &error);
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_cmpstr (ond_case_get_status (item), ==, "toegewezen");
  g_assert_cmpint (ond_case_get_lead_partner_id (item), ==, ozhz);
  g_assert_cmpstr (ond_case_get_lead_partner_name (item), ==, "OZHZ");
  g_clear_object (&item);

  /* To the RIEC: 0 means the partner "RIEC". */
  id = weigh_new (f, OND_WEIGHING_RIEC, 0, NULL, &error);
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_cmpstr (ond_case_get_status (item), ==, "toegewezen");
  g_assert_cmpstr (ond_case_get_decision (item), ==, "riec");
  g_assert_cmpint (ond_case_get_lead_partner_id (item), ==, riec);
  g_clear_object (&item);

  /* Research: stays gewogen with a follow-up date, and may be researched again. */
  id = weigh_new (f, OND_WEIGHING_RESEARCH, 0, tomorrow, &error);
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_cmpstr (ond_case_get_status (item), ==, "gewogen");
  g_assert_cmpstr (ond_case_get_follow_up_date (item), ==, tomorrow);
  g_assert_cmpstr (ond_case_get_next_follow_up (item), ==, tomorrow);
  g_clear_object (&item);
  g_assert_true (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_RESEARCH,
                                       "Nog niet genoeg", 0, tomorrow, &error));
  g_assert_no_error (error);
  g_assert_cmpint (count_rows (f, "case_event", id), ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_event WHERE case_id = ?"
                                     " AND from_status = 'gewogen' AND to_status = 'gewogen'",
                            id), ==, 1);

  /* Refused, with nothing written. */
  {
    g_autofree char *before = NULL;
    g_autofree char *after = NULL;
    static const char *complexities[] = { NULL, "", "extreem" };

    id = new_case (f, "2025-03-01", "Jan de Vries");
    before = snapshot (f);

    for (guint i = 0; i < G_N_ELEMENTS (complexities); i++)
      {
        g_assert_false (ond_store_weigh_case (f->store, id, complexities[i], OND_WEIGHING_DROP,
                                              "Reden", 0, NULL, &error));
        g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
        g_clear_error (&error);
      }
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_DROP, "  ", 0,
                                          NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_DROP, NULL, 0,
                                          NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    /* Partner decision: no partner, an unknown one, a retired one. */
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_PARTNER, "Reden",
                                          0, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_PARTNER, "Reden",
                                          999999, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_assert_nonnull (strstr (error->message, "does not exist"));
    g_clear_error (&error);
    /* Research: without a date, with one in the past, with one that does not exist. */
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_RESEARCH, "Reden",
                                          0, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_RESEARCH, "Reden",
                                          0, yesterday, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_RESEARCH, "Reden",
                                          0, "2030-02-30", &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    /* A case that does not exist. */
    g_assert_false (ond_store_weigh_case (f->store, 999999, "laag", OND_WEIGHING_DROP, "Reden",
                                          0, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
    g_clear_error (&error);

    after = snapshot (f);
    g_assert_cmpstr (before, ==, after);

    /* A retired partner is not chosen anew; nor is a retired RIEC. */
    sql_exec (f->path, "UPDATE partner SET retired = 1 WHERE short_name IN ('OZHZ', 'RIEC')");
    g_free (before);
    before = snapshot (f);
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_PARTNER, "Reden",
                                          ozhz, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_assert_false (ond_store_weigh_case (f->store, id, "laag", OND_WEIGHING_RIEC, "Reden",
                                          0, NULL, &error));
    g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
    g_clear_error (&error);
    g_free (after);
    after = snapshot (f);
    g_assert_cmpstr (before, ==, after);
  }
}

static void
test_menukaart (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndCaseIntervention) item = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 gemeente = partner_id (f, "Gemeente");
  gint64 politie = partner_id (f, "Politie");
  gint64 ozhz = partner_id (f, "OZHZ");
  gint64 brp = intervention_id (f, "BRP controle");
  gint64 knock = intervention_id (f, "Knock and talk");
  gint64 milieu = intervention_id (f, "Milieucontrole");
  gint64 id = new_case_in (f, OND_CASE_STATUS_ASSIGNED);
  gint64 row;

  /* BRP controle by the Gemeente: marked in the matrix. */
  row = ond_store_add_case_intervention (f->store, id, brp, gemeente, "01-07-2025", "2025-08-01",
                                         NULL, "Eerste controle", &error);
  g_assert_no_error (error);
  g_assert_cmpint (row, >, 0);

  before = snapshot (f);
  /* BRP controle by the Politie: not marked. */
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, politie, NULL, NULL,
                                                    "gepland", NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "Politie"));
  g_assert_nonnull (strstr (error->message, "BRP controle"));
  g_clear_error (&error);
  /* Unknown partner, unknown intervention, unknown status, a bad date. */
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, 999999, NULL, NULL,
                                                    NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "partner does not exist"));
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, 999999, gemeente, NULL, NULL,
                                                    NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, gemeente, NULL, NULL,
                                                    "bezig", NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, gemeente, "2025-13-01",
                                                    NULL, NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* Moving the existing one to a partner the matrix does not mark. */
  g_assert_false (ond_store_update_case_intervention (f->store, row, politie, NULL, NULL,
                                                      "lopend", NULL, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);

  /* Retired intervention, retired partner: refused too. */
  sql_exec (f->path, "UPDATE intervention SET retired = 1 WHERE name = 'Knock and talk';"
                     "UPDATE partner SET retired = 1 WHERE short_name = 'OZHZ'");
  g_free (before);
  before = snapshot (f);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, knock, gemeente, NULL, NULL,
                                                    NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, milieu, ozhz, NULL, NULL,
                                                    NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_free (after);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);

  /* Updating the good one. */
  g_assert_true (ond_store_update_case_intervention (f->store, row, gemeente, "2025-07-02", NULL,
                                                     "gereed", "Afgerond", &error));
  g_assert_no_error (error);
  list = ond_store_list_case_interventions (f->store, id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_case_intervention_get_intervention_id (item), ==, brp);
  g_assert_cmpstr (ond_case_intervention_get_intervention_name (item), ==, "BRP controle");
  g_assert_cmpstr (ond_case_intervention_get_partner_name (item), ==, "Gemeente");
  g_assert_cmpstr (ond_case_intervention_get_planned_date (item), ==, "2025-07-02");
  g_assert_null (ond_case_intervention_get_follow_up_date (item));
  g_assert_cmpstr (ond_case_intervention_get_status (item), ==, "gereed");
  g_assert_cmpstr (ond_case_intervention_get_status_label (item), ==, "Gereed");
  g_assert_cmpstr (ond_case_intervention_get_note (item), ==, "Afgerond");

  /* The matrix no longer marks the Gemeente for BRP controle: the row it has keeps its pair
   * and can still be changed; a new row with that pair is refused. */
  g_assert_true (ond_store_set_menukaart_cell (f->store, brp, gemeente, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_update_case_intervention (f->store, row, gemeente, "2025-07-03", NULL,
                                                     "gereed", "Afgerond, nagekeken", &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_intervention"
                                     " WHERE id = ? AND note = 'Afgerond, nagekeken'", row), ==, 1);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, gemeente, NULL, NULL,
                                                    NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);

  /* A closed case gets no new interventions. */
  id = new_case_in (f, OND_CASE_STATUS_CLOSED);
  g_assert_cmpint (ond_store_add_case_intervention (f->store, id, brp, gemeente, NULL, NULL,
                                                    NULL, NULL, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCase) item = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *search = NULL;
  gint64 id = new_case (f, "2024-11-20", "Jan de Vries");

  item = ond_store_get_case (f->store, id, &error);
  draft = ond_case_dup_draft (item);
  g_assert_cmpstr (draft->subject_name, ==, "Jan de Vries");
  g_clear_object (&item);

  /* A bad change writes nothing. */
  g_free (draft->subject_name);
  draft->subject_name = g_strdup (" ");
  before = snapshot (f);
  g_assert_false (ond_store_update_case (f->store, id, draft, f->today, &error));
  g_assert_error (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SUBJECT_NAME);
  g_clear_error (&error);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);

  /* A good one: the reference keeps its year, the search text follows. */
  g_free (draft->subject_name);
  draft->subject_name = g_strdup ("  Érik Öztürk ");
  g_free (draft->date_received);
  draft->date_received = g_strdup ("02-01-2025");
  g_free (draft->source);
  draft->source = g_strdup ("politie");
  g_assert_true (ond_store_update_case (f->store, id, draft, f->today, &error));
  g_assert_no_error (error);
  item = ond_store_get_case (f->store, id, &error);
  g_assert_cmpstr (ond_case_get_reference (item), ==, "2024-0001");
  g_assert_cmpstr (ond_case_get_subject_name (item), ==, "Érik Öztürk");
  g_assert_cmpstr (ond_case_get_date_received (item), ==, "2025-01-02");
  g_assert_cmpstr (ond_case_get_source_label (item), ==, "Politie");
  search = sql_text (f->path, "SELECT search_text FROM case_file WHERE id = ?", id);
  g_assert_nonnull (strstr (search, "erik ozturk"));
  g_assert_null (strstr (search, "jan de vries"));

  /* A case that does not exist. */
  g_assert_false (ond_store_update_case (f->store, 999999, draft, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* The helper the import uses: inside the caller's transaction, with the import's reason. */
static void
test_insert_for_import (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, "2023-04-04", "Jan de Vries");
  g_autofree char *reference = NULL;
  g_autofree char *reason = NULL;
  gint64 batch;
  gint64 id;

  sql_exec (f->path, "INSERT INTO import_batch (kind, file_name, sha256, imported_at, rows)"
                     " VALUES ('cases', 'meldingen.csv',"
                     "  '00000000000000000000000000000000"
                     "00000000000000000000000000000007', '2025-06-15', 1)");
  batch = sql_int (f->path, "SELECT MAX(id) FROM import_batch WHERE id > ?", 0);

  g_assert_true (_ond_store_begin (f->store, &error));
  id = _ond_store_insert_case (f->store, draft, f->today, batch, &reference, &error);
  g_assert_no_error (error);
  g_assert_true (_ond_store_commit (f->store, &error));
  g_assert_cmpstr (reference, ==, "2023-0001");
  reason = sql_text (f->path, "SELECT reason FROM case_event WHERE case_id = ?", id);
  g_assert_cmpstr (reason, ==, "Melding geïmporteerd uit meldingen.csv");
  g_assert_cmpint (sql_int (f->path, "SELECT import_batch_id FROM case_file WHERE id = ?", id),
                   ==, batch);

  /* Rolled back by the caller: nothing stays, not even the number. */
  g_assert_true (_ond_store_begin (f->store, &error));
  g_assert_cmpint (_ond_store_insert_case (f->store, draft, f->today, 0, NULL, &error), >, 0);
  _ond_store_rollback (f->store);
  g_assert_cmpint (sql_int (f->path, "SELECT last_number FROM case_counter WHERE year = ?",
                            2023), ==, 1);
}

/* Intake from 20 connections at once (20 people, or 20 windows): every case gets a
 * reference of its own, numbered 1..20 without a gap, and none is lost. On a file the
 * connections take turns (the busy timeout); on a server the counter's UPSERT holds the
 * row. */
#define N_INTAKES 20

typedef struct
{
  const char         *location;
  const OndCaseDraft *draft;
  GDateTime          *today;
  char               *reference;
  char               *error;
} Intake;

static gpointer
intake_thread (gpointer data)
{
  Intake *intake = data;
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) store = ond_store_open (intake->location, &error);

  if (store != NULL)
    ond_store_create_case (store, intake->draft, intake->today, &intake->reference, &error);
  if (error != NULL)
    intake->error = g_strdup (error->message);
  return NULL;
}

static void
test_concurrent_intake (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(OndCaseDraft) draft = make_draft (f, "2025-03-01", "Jan de Vries");
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  Intake intakes[N_INTAKES] = { 0 };
  GThread *threads[N_INTAKES];

  for (guint i = 0; i < N_INTAKES; i++)
    {
      intakes[i] = (Intake) { f->path, draft, f->today, NULL, NULL };
      threads[i] = g_thread_new ("intake", intake_thread, &intakes[i]);
    }
  for (guint i = 0; i < N_INTAKES; i++)
    g_thread_join (threads[i]);

  for (guint i = 0; i < N_INTAKES; i++)
    {
      g_assert_cmpstr (intakes[i].error, ==, NULL);
      g_assert_nonnull (intakes[i].reference);
      g_assert_false (g_hash_table_contains (seen, intakes[i].reference));
      g_hash_table_add (seen, intakes[i].reference);
    }
  for (guint n = 1; n <= N_INTAKES; n++)
    {
      g_autofree char *reference = g_strdup_printf ("2025-%04u", n);

      g_assert_true (g_hash_table_contains (seen, reference));
    }
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id > ?", 0), ==,
                   N_INTAKES);
  g_assert_cmpint (sql_int (f->path, "SELECT last_number FROM case_counter WHERE year = ?",
                            2025), ==, N_INTAKES);
  for (guint i = 0; i < N_INTAKES; i++)
    g_free (intakes[i].reference);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/cases/references", test_references);
  ADD_TEST ("/ond/cases/bad-drafts", test_bad_drafts);
  ADD_TEST ("/ond/cases/store-transitions", test_store_transitions);
  ADD_TEST ("/ond/cases/history", test_history);
  ADD_TEST ("/ond/cases/weighing", test_weighing);
  ADD_TEST ("/ond/cases/menukaart", test_menukaart);
  ADD_TEST ("/ond/cases/update", test_update);
  ADD_TEST ("/ond/cases/insert-for-import", test_insert_for_import);
  ADD_TEST ("/ond/cases/concurrent-intake", test_concurrent_intake);

  return g_test_run ();
}
