/* test-subject.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The rights of a person concerned (AVG articles 15-17): finding every case about
 * "Jan de Vries" whatever the case and accents, by name, address, summary, history,
 * intervention notes and casusoverleg texts, hidden cases too, and nobody else; the access
 * log of each step without the name; the inzage export read back with pdftotext (his data,
 * not another person's; mode 0600); a correction logged as on request; and erasing: exactly
 * the chosen cases, logged without personal data, the closed year's figures unchanged and no
 * trace of the name left in any text column of any table, nor in the bytes of the file.
 * A read-only file refuses every step and stays as it was.
 */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-measure.h"
#include "ond-meeting-item.h"
#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-store-figures.h"
#include "ond-store-meetings.h"
#include "ond-store-registers.h"
#include "ond-store-subject.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* The cases of the scene, by who they are about. */
typedef struct
{
  gint64 jan;          /* subject Jan de Vries, Voorstraat 12, received 2024 */
  gint64 jan_caps;     /* "JAN DE VRIËS", Singel 4 */
  gint64 bakery;       /* a business at "voorstraat 12" */
  gint64 summary;      /* Piet Jansen; the summary names Jan de Vries */
  gint64 history;      /* Karin Smit; the weighing reason names him */
  gint64 note;         /* Mark Bos; an intervention note names him */
  gint64 meeting;      /* Kees Vos; a casusoverleg decision names him */
  gint64 hidden;       /* Jan de Vries again, deleted (hidden) */
  gint64 anna;         /* Anna Bakker, Voorstraat 120: someone else */
  gint64 namesake;     /* Jan de Vriesland: someone else */
  gint64 meeting_id;
} Scene;

static gint64
add_case (Fixture    *f,
          const char *date,
          const char *kind,
          const char *subject,
          const char *address,
          const char *summary)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, date, subject);
  gint64 id;

  g_free (draft->subject_kind);
  draft->subject_kind = g_strdup (kind);
  g_free (draft->address);
  draft->address = g_strdup (address);
  g_free (draft->summary);
  draft->summary = g_strdup (summary);
  id = ond_store_create_case (f->store, draft, f->today, NULL, &error);
  g_assert_no_error (error);
  return id;
}

/* The decision on the agenda item of @case_id in meeting @meeting_id. */
static void
decide (Fixture    *f,
        gint64      meeting_id,
        gint64      case_id,
        const char *decision)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) items = ond_store_list_meeting_items (f->store, meeting_id, &error);
  gint64 item_id = 0;

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (items); i++)
    {
      g_autoptr(OndMeetingItem) item = g_list_model_get_item (items, i);

      if (ond_meeting_item_get_case_id (item) == case_id)
        item_id = ond_meeting_item_get_id (item);
    }
  g_assert_cmpint (item_id, >, 0);
  g_assert_true (ond_store_record_meeting_decision (f->store, item_id, decision, &error));
  g_assert_no_error (error);
}

static void
make_scene (Fixture *f,
            Scene   *s)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndMeasure) measure = NULL;
  gint64 row;

  s->jan = add_case (f, "2024-03-04", "persoon", "Jan de Vries", "Voorstraat 12",
                     "Hennepkwekerij op zolder");
  s->jan_caps = add_case (f, "2025-02-01", "persoon", "JAN DE VRIËS", "Singel 4",
                          "Verdachte geldstromen kapsalon");
  s->bakery = add_case (f, "2025-02-02", "onderneming", "Bakkerij Het Hoekje BV",
                        "voorstraat 12", "Witwassen via bakkerij");
  s->summary = add_case (f, "2025-02-03", "persoon", "Piet Jansen", "Bleijenhoek 3",
                         "Zwager van jan de vries runt de zaak");
  s->history = add_case (f, "2025-02-04", "persoon", "Karin Smit", "Groenmarkt 9",
                         "Drugsopslag in garagebox");
  s->note = add_case (f, "2025-02-05", "persoon", "Mark Bos", "Vriesestraat 7",
                      "Spookbewoning");
  s->meeting = add_case (f, "2025-02-06", "persoon", "Kees Vos", "Wijnstraat 1",
                         "Illegale gokhal");
  s->hidden = add_case (f, "2025-02-07", "persoon", "Jan de Vries", "Singel 4",
                        "Oude melding");
  s->anna = add_case (f, "2025-02-08", "persoon", "Anna Bakker", "Voorstraat 120",
                      "Mensenhandel in nagelstudio");
  s->namesake = add_case (f, "2025-02-09", "persoon", "Jan de Vriesland", "Singel 40",
                          "Fraude met uitkering");

  /* The history names him (the weighing reason) ... */
  g_assert_true (ond_store_weigh_case (f->store, s->history, "laag", OND_WEIGHING_DROP,
                                       "Broer van Jan de Vries, geen aanwijzingen", 0, NULL,
                                       &error));
  g_assert_no_error (error);
  /* ... an intervention's note ... */
  drive_case (f, s->note, OND_CASE_STATUS_ASSIGNED);
  row = ond_store_add_case_intervention (f->store, s->note,
                                         intervention_id (f, "BRP controle"),
                                         partner_id (f, "Gemeente"), NULL, NULL, NULL,
                                         "Gesprek met Jan de Vries over de bewoners", &error);
  g_assert_no_error (error);
  g_assert_cmpint (row, >, 0);
  /* ... his own case has an intervention, a measure and a decision of its own ... */
  drive_case (f, s->jan, OND_CASE_STATUS_ASSIGNED);
  row = ond_store_add_case_intervention (f->store, s->jan,
                                         intervention_id (f, "BRP controle"),
                                         partner_id (f, "Gemeente"), "2024-04-01", NULL, NULL,
                                         "Inschrijving Voorstraat nagaan", &error);
  g_assert_no_error (error);
  measure = ond_measure_new (0, "2024-05-01", "waarschuwing", NULL, "softdrugs", NULL,
                             "art. 13b Opiumwet", 0, NULL, s->jan, NULL);
  g_assert_cmpint (ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE, &error),
                   >, 0);
  g_assert_no_error (error);

  /* ... and a casusoverleg decision on another case names him. */
  s->meeting_id = ond_store_create_meeting (f->store, "2025-03-01", &error);
  g_assert_no_error (error);
  decide (f, s->meeting_id, s->meeting, "Jan de Vries als getuige horen");
  g_assert_true (ond_store_add_meeting_case (f->store, s->meeting_id, s->jan, &error) > 0);
  g_assert_no_error (error);
  decide (f, s->meeting_id, s->jan, "Waarschuwing aan Jan de Vries sturen");

  g_assert_true (ond_store_delete_case (f->store, s->hidden, &error));
  g_assert_no_error (error);
}

static OndSubjectMatch *
match_of (GListModel *matches,
          gint64      case_id)
{
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(OndSubjectMatch) match = g_list_model_get_item (matches, i);

      if (ond_subject_match_get_case_id (match) == case_id)
        return match;
    }
  return NULL;
}

static OndSubjectPlaces
places_of (GListModel *matches,
           gint64      case_id)
{
  OndSubjectMatch *match = match_of (matches, case_id);

  g_assert_nonnull (match);
  return ond_subject_match_get_places (match);
}

/* Rows of the access log that hold "vries" (any case) anywhere. */
static gint64
log_rows_naming (Fixture *f)
{
  return sql_int (f->path,
                  "SELECT COUNT(*) FROM access_log WHERE what LIKE '%vries%'"
                  " OR what LIKE '%vriës%' OR what LIKE '%VRIËS%'"
                  " OR case_reference LIKE '%vries%' OR ? = 0", 1);
}

static void
test_find (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) by_name = NULL;
  g_autoptr(GListModel) with_address = NULL;
  g_autoptr(GListModel) bakker = NULL;
  g_autofree char *summary_row = NULL;
  Scene s;
  gint64 log_before;
  gint64 found_before;

  make_scene (f, &s);
  log_before = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE ? = 1", 1);
  found_before = sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what = "
                          "'" OND_SUBJECT_LOG_FOUND "' OR ? = 0", 1);

  /* Lower case without the accent finds the capitals with it. */
  by_name = ond_store_find_subject (f->store, "  jan de vries ", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (by_name), ==, 7);
  {
    const gint64 ids[] = {
      s.jan, s.jan_caps, s.summary, s.history, s.note, s.meeting, s.hidden,
    };

    for (guint i = 0; i < G_N_ELEMENTS (ids); i++)
      g_assert_nonnull (match_of (by_name, ids[i]));
  }
  g_assert_cmpint (places_of (by_name, s.jan), ==,
                   OND_SUBJECT_PLACE_NAME | OND_SUBJECT_PLACE_HISTORY |
                   OND_SUBJECT_PLACE_MEETING);
  g_assert_cmpint (places_of (by_name, s.jan_caps), ==, OND_SUBJECT_PLACE_NAME);
  g_assert_cmpint (places_of (by_name, s.summary), ==, OND_SUBJECT_PLACE_SUMMARY);
  g_assert_cmpint (places_of (by_name, s.history), ==, OND_SUBJECT_PLACE_HISTORY);
  g_assert_cmpint (places_of (by_name, s.note), ==, OND_SUBJECT_PLACE_INTERVENTION);
  /* The decision is on the agenda item and in the history. */
  g_assert_cmpint (places_of (by_name, s.meeting), ==,
                   OND_SUBJECT_PLACE_MEETING | OND_SUBJECT_PLACE_HISTORY);
  g_assert_true (ond_subject_match_get_hidden (match_of (by_name, s.hidden)));
  g_assert_false (ond_subject_match_get_hidden (match_of (by_name, s.jan)));
  g_assert_cmpstr (ond_subject_match_get_subject_name (match_of (by_name, s.jan_caps)), ==,
                   "JAN DE VRIËS");
  g_assert_cmpstr (ond_subject_match_get_date_received (match_of (by_name, s.jan)), ==,
                   "2024-03-04");
  /* Nobody else: not the bakery (no address given), Anna, or Jan de Vriesland. */
  g_assert_null (match_of (by_name, s.bakery));
  g_assert_null (match_of (by_name, s.anna));
  g_assert_null (match_of (by_name, s.namesake));
  /* By reference. */
  for (guint i = 1; i < g_list_model_get_n_items (by_name); i++)
    {
      g_autoptr(OndSubjectMatch) a = g_list_model_get_item (by_name, i - 1);
      g_autoptr(OndSubjectMatch) b = g_list_model_get_item (by_name, i);

      g_assert_cmpstr (ond_subject_match_get_reference (a), <,
                       ond_subject_match_get_reference (b));
    }

  /* Logged: a row per case found and one for the search, never the name. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE ? = 1", 1), ==,
                   log_before + 8);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what = "
                            "'" OND_SUBJECT_LOG_FOUND "' OR ? = 0", 1), ==, found_before + 7);
  summary_row = sql_text (f->path, "SELECT what FROM access_log WHERE case_reference = ''"
                          " ORDER BY id DESC LIMIT ?", 1);
  g_assert_cmpstr (summary_row, ==, "Zoekopdracht verzoek van betrokkene: 7 casussen");
  g_assert_cmpint (sql_int (f->path,
                            "SELECT COUNT(*) FROM access_log a JOIN case_file c"
                            "  ON c.reference = a.case_reference"
                            " WHERE a.what = '" OND_SUBJECT_LOG_FOUND "' AND c.id = ?",
                            s.hidden), ==, 1);
  g_assert_cmpint (log_rows_naming (f), ==, 0);

  /* With the address (another spelling): the bakery at his address too, not number 120. */
  with_address = ond_store_find_subject (f->store, "Jan de Vries", "VOORSTRAAT 12", &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (with_address), ==, 8);
  g_assert_cmpint (places_of (with_address, s.bakery), ==, OND_SUBJECT_PLACE_ADDRESS);
  g_assert_true (places_of (with_address, s.jan) & OND_SUBJECT_PLACE_ADDRESS);
  g_assert_null (match_of (with_address, s.anna));
  g_assert_cmpint (log_rows_naming (f), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what LIKE"
                            " '%voorstraat%' OR ? = 0", 1), ==, 0);

  /* Whole words: "Bakker" finds Anna Bakker, not the Bakkerij. */
  bakker = ond_store_find_subject (f->store, "bakker", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (bakker), ==, 1);
  g_assert_nonnull (match_of (bakker, s.anna));
}

static void
test_find_refused (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) none = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Scene s;

  make_scene (f, &s);
  before = snapshot (f);
  none = ond_store_find_subject (f->store, "  ", "", &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_null (none);
  g_clear_error (&error);
  none = ond_store_find_subject (f->store, "J", NULL, &error);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);

  /* Nobody by that name: an empty list, and the search is still logged. */
  none = ond_store_find_subject (f->store, "Fatima el Amrani", NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (none), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                            " 'Zoekopdracht verzoek van betrokkene: 0 casussen' OR ? = 0", 1),
                   ==, 1);
}

/* The text of @pdf as pdftotext reads it, white space made single spaces. */
static char *
pdf_text (const char *pdf)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *out = NULL;
  g_autofree char *err = NULL;
  g_auto(GStrv) words = NULL;
  const char *argv[] = { "pdftotext", "-enc", "UTF-8", pdf, "-", NULL };
  int status = 0;

  g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH, NULL, NULL, &out, &err,
                &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("pdftotext failed: %s", err);
  words = g_strsplit_set (out, " \n\t\f", -1);
  {
    g_autoptr(GString) joined = g_string_new (NULL);

    for (guint i = 0; words[i] != NULL; i++)
      if (words[i][0] != '\0')
        g_string_append_printf (joined, "%s ", words[i]);
    return g_string_free (g_steal_pointer (&joined), FALSE);
  }
}

static void
assert_holds (const char *text,
              const char *part)
{
  if (strstr (text, part) == NULL)
    g_error ("The export does not hold “%s”:\n%s", part, text);
}

static void
test_export (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autofree char *pdf = g_build_filename (f->dir, "inzage.pdf", NULL);
  g_autofree char *text = NULL;
  g_autofree char *jan_ref = NULL;
  g_autofree char *hidden_ref = NULL;
  g_autofree char *anna_ref = NULL;
  GStatBuf st;
  Scene s;
  gint64 ids[2];

  make_scene (f, &s);
  matches = ond_store_find_subject (f->store, "Jan de Vries", NULL, &error);
  g_assert_no_error (error);
  ids[0] = s.jan;
  ids[1] = s.hidden;
  jan_ref = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", s.jan);
  hidden_ref = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", s.hidden);
  anna_ref = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?", s.anna);

  g_assert_true (ond_store_export_subject (f->store, ids, G_N_ELEMENTS (ids), pdf, f->today,
                                           &error));
  g_assert_no_error (error);
  g_assert_cmpint (g_stat (pdf, &st), ==, 0);
  g_assert_cmpint (st.st_mode & 0777, ==, 0600);

  text = pdf_text (pdf);
  assert_holds (text, "Inzage in persoonsgegevens");
  assert_holds (text, "Opgesteld op 15-06-2025");
  assert_holds (text, "2 casussen");
  /* His fields, with labels and vocabulary labels (not codes). */
  assert_holds (text, jan_ref);
  assert_holds (text, "Naam Jan de Vries");
  assert_holds (text, "Adres Voorstraat 12");
  assert_holds (text, "Samenvatting Hennepkwekerij op zolder");
  assert_holds (text, "Bron Meld Misdaad Anoniem");
  assert_holds (text, "Soort subject Persoon");
  assert_holds (text, "Datum ontvangen 04-03-2024");
  assert_holds (text, "Status Toegewezen");
  assert_holds (text, "Nummer Meld Misdaad Anoniem MMA-123");
  /* History, interventions, the casusoverleg, the measure and the access log. */
  assert_holds (text, "Melding geregistreerd");
  assert_holds (text, "Politie pakt het op");
  assert_holds (text, "BRP controle");
  assert_holds (text, "Inschrijving Voorstraat nagaan");
  assert_holds (text, "Waarschuwing aan Jan de Vries sturen");
  assert_holds (text, "art. 13b Opiumwet");
  assert_holds (text, "Softdrugs");
  assert_holds (text, "Interventie toegevoegd: BRP controle");
  assert_holds (text, OND_SUBJECT_LOG_FOUND);
  /* The hidden case, marked. */
  assert_holds (text, hidden_ref);
  assert_holds (text, "Oude melding");
  assert_holds (text, "Verwijderd op");
  /* Not another person's data, nor cases not chosen. */
  g_assert_null (strstr (text, "Anna Bakker"));
  g_assert_null (strstr (text, "Mensenhandel in nagelstudio"));
  g_assert_null (strstr (text, "Karin Smit"));
  g_assert_null (strstr (text, "Kees Vos"));
  g_assert_null (strstr (text, "Jan de Vries als getuige horen"));
  g_assert_null (strstr (text, anna_ref));

  /* Logged per case, without the name. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                            " '" OND_SUBJECT_LOG_EXPORTED "' AND case_reference IN"
                            " (SELECT reference FROM case_file WHERE id IN (?, ?2))", s.jan),
                   ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what ="
                            " '" OND_SUBJECT_LOG_EXPORTED "' OR ? = 0", 1), ==, 2);
  g_assert_cmpint (log_rows_naming (f), ==, 0);

  /* A folder that does not exist: nothing written, nothing logged. */
  {
    g_autofree char *missing = g_build_filename (f->dir, "missing", "inzage.pdf", NULL);
    g_autofree char *before = snapshot (f);
    g_autofree char *after = NULL;

    g_assert_false (ond_store_export_subject (f->store, ids, 2, missing, f->today, &error));
    g_assert_nonnull (error);
    g_clear_error (&error);
    after = snapshot (f);
    g_assert_cmpstr (before, ==, after);
    g_assert_false (g_file_test (missing, G_FILE_TEST_EXISTS));
  }
}

static void
test_correct (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndCaseDraft) draft = NULL;
  g_autofree char *logged = NULL;
  g_autofree char *event = NULL;
  g_autofree char *address = NULL;
  g_autofree char *status = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Scene s;
  gint64 events;

  make_scene (f, &s);
  events = count_rows (f, "case_event", s.jan);
  draft = make_draft (f, "2024-03-04", "Jan de Vries");
  g_free (draft->address);
  draft->address = g_strdup ("Voorstraat 14");
  g_free (draft->summary);
  draft->summary = g_strdup ("Hennepkwekerij op zolder");

  g_assert_true (ond_store_correct_case_on_request (f->store, s.jan, draft, f->today, &error));
  g_assert_no_error (error);
  address = sql_text (f->path, "SELECT address FROM case_file WHERE id = ?", s.jan);
  g_assert_cmpstr (address, ==, "Voorstraat 14");
  logged = sql_text (f->path, "SELECT what FROM access_log WHERE case_reference ="
                     " (SELECT reference FROM case_file WHERE id = ?) ORDER BY id DESC LIMIT 1",
                     s.jan);
  g_assert_cmpstr (logged, ==, "Gecorrigeerd op verzoek van betrokkene");
  g_assert_cmpint (count_rows (f, "case_event", s.jan), ==, events + 1);
  event = sql_text (f->path, "SELECT reason FROM case_event WHERE case_id = ?"
                    " ORDER BY id DESC LIMIT 1", s.jan);
  g_assert_cmpstr (event, ==, OND_SUBJECT_CORRECT_REASON);
  /* The status stays. */
  status = sql_text (f->path, "SELECT status FROM case_file WHERE id = ?", s.jan);
  g_assert_cmpstr (status, ==, "toegewezen");
  g_assert_cmpint (log_rows_naming (f), ==, 0);

  /* A bad draft or a hidden case: refused, nothing written. */
  before = snapshot (f);
  g_free (draft->subject_name);
  draft->subject_name = g_strdup ("  ");
  g_assert_false (ond_store_correct_case_on_request (f->store, s.jan, draft, f->today, &error));
  g_assert_error (error, OND_CASE_DRAFT_ERROR, OND_CASE_DRAFT_ERROR_SUBJECT_NAME);
  g_clear_error (&error);
  g_free (draft->subject_name);
  draft->subject_name = g_strdup ("Jan de Vries");
  g_assert_false (ond_store_correct_case_on_request (f->store, s.hidden, draft, f->today,
                                                     &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

/* Every column of every table, as "table|column|" lines: from the file's schema
 * (sqlite_master, table_info) or the server's (information_schema). */
static char *
all_columns (Fixture *f)
{
  if (ond_pg_is_uri (f->path))
    return sql_rows (f->path, "SELECT c.table_name, c.column_name"
                              " FROM information_schema.columns c"
                              " JOIN information_schema.tables t"
                              "  ON t.table_schema = c.table_schema"
                              "  AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'"
                              " WHERE c.table_schema = current_schema() ORDER BY 1, 2");
  return sql_rows (f->path, "SELECT m.name, p.name FROM sqlite_master m"
                            " JOIN pragma_table_info(m.name) p WHERE m.type = 'table'"
                            " ORDER BY 1, 2");
}

/* Every text of every column of every table that holds @pattern (LIKE, ASCII case ignored
 * as SQLite's LIKE does, on both backends), in one statement. */
static gint64
count_everywhere (Fixture    *f,
                  const char *pattern)
{
  g_autofree char *columns = all_columns (f);
  g_auto(GStrv) lines = g_strsplit (columns, "\n", -1);
  g_auto(GStrv) parts = g_strsplit (pattern, "'", -1);
  g_autofree char *quoted = g_strjoinv ("''", parts);
  g_autoptr(GString) sql = g_string_new (NULL);
  g_autofree char *counts = NULL;
  g_auto(GStrv) rows = NULL;
  gint64 total = 0;

  for (guint i = 0; lines[i] != NULL; i++)
    {
      g_auto(GStrv) names = g_strsplit (lines[i], "|", -1);

      if (g_strv_length (names) < 2)
        continue;
      g_string_append_printf (sql, "%sSELECT '%s.%s', COUNT(*) FROM \"%s\""
                              " WHERE lower(CAST(\"%s\" AS TEXT)) LIKE lower('%s')",
                              sql->len > 0 ? " UNION ALL " : "", names[0], names[1],
                              names[0], names[1], quoted);
    }
  g_assert_cmpuint (sql->len, >, 0);
  counts = sql_rows (f->path, sql->str);
  rows = g_strsplit (counts, "\n", -1);
  for (guint i = 0; rows[i] != NULL; i++)
    {
      g_auto(GStrv) fields = g_strsplit (rows[i], "|", -1);
      gint64 n;

      if (g_strv_length (fields) < 2)
        continue;
      n = g_ascii_strtoll (fields[1], NULL, 10);
      if (n > 0)
        g_test_message ("“%s” in %s", pattern, fields[0]);
      total += n;
    }
  return total;
}

static gint64
figure (Fixture    *f,
        const char *code,
        int         year)
{
  g_autoptr(GError) error = NULL;
  gint64 value = -1;

  g_assert_true (ond_store_get_figure (f->store, code, year, &value, NULL, &error));
  g_assert_no_error (error);
  return value;
}

static gboolean
file_holds (const char *path,
            const char *text)
{
  g_autofree char *contents = NULL;
  gsize length = 0;

  if (!g_file_get_contents (path, &contents, &length, NULL))
    return FALSE;
  for (gsize i = 0; i + strlen (text) <= length; i++)
    if (g_ascii_strncasecmp (contents + i, text, strlen (text)) == 0)
      return TRUE;
  return FALSE;
}

static void
test_erase (Fixture       *f,
            gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(GArray) ids = g_array_new (FALSE, FALSE, sizeof (gint64));
  g_autofree char *wal = NULL;
  Scene s;
  gint64 cases_before, items_before, deletions_before, mma_2024, mma_2025;
  gint64 others[3];

  make_scene (f, &s);
  others[0] = s.anna;
  others[1] = s.namesake;
  others[2] = s.bakery;
  g_assert_true (ond_store_close_year (f->store, 2024, f->today, &error));
  g_assert_no_error (error);
  mma_2024 = figure (f, "mma_reports", 2024);
  mma_2025 = figure (f, "mma_reports", 2025);
  g_assert_cmpint (mma_2024, ==, 1);
  /* Every case of 2025 but the hidden one. */
  g_assert_cmpint (mma_2025, ==, 8);
  g_assert_cmpint (count_everywhere (f, "%vries%") + count_everywhere (f, "%vriës%"), >, 0);

  matches = ond_store_find_subject (f->store, "Jan de Vries", NULL, &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (matches); i++)
    {
      g_autoptr(OndSubjectMatch) match = g_list_model_get_item (matches, i);
      gint64 id = ond_subject_match_get_case_id (match);

      g_array_append_val (ids, id);
    }
  g_assert_cmpuint (ids->len, ==, 7);
  cases_before = sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE ? = 1", 1);
  items_before = sql_int (f->path, "SELECT COUNT(*) FROM meeting_item WHERE ? = 1", 1);
  deletions_before = sql_int (f->path, "SELECT COUNT(*) FROM deletion_log WHERE ? = 1", 1);

  g_assert_true (ond_store_erase_on_request (f->store, (gint64 *) ids->data, ids->len,
                                             &error));
  g_assert_no_error (error);

  /* Exactly the chosen cases went; the others are there. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE ? = 1", 1), ==,
                   cases_before - 7);
  for (guint i = 0; i < ids->len; i++)
    {
      g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id = ?",
                                g_array_index (ids, gint64, i)), ==, 0);
      g_assert_cmpint (count_rows (f, "case_event", g_array_index (ids, gint64, i)), ==, 0);
      g_assert_cmpint (count_rows (f, "case_intervention", g_array_index (ids, gint64, i)),
                       ==, 0);
    }
  for (guint i = 0; i < G_N_ELEMENTS (others); i++)
    g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id = ?",
                              others[i]), ==, 1);

  /* The agenda keeps its items, without the case and without their text. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM meeting_item WHERE ? = 1", 1), ==,
                   items_before);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM meeting_item WHERE decision = '"
                            OND_SUBJECT_ERASED_DECISION "' AND case_id IS NULL AND"
                            " meeting_id = ?", s.meeting_id), ==, 2);
  /* The measure stays (it is counted), without the case. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM measure WHERE legal_basis ="
                            " 'art. 13b Opiumwet' AND case_id IS NULL AND ? = 1", 1), ==, 1);

  /* Logged without personal data. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM deletion_log WHERE ? = 1", 1), ==,
                   deletions_before + 7);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM deletion_log WHERE reason = '"
                            OND_SUBJECT_ERASE_REASON "' OR ? = 0", 1), ==, 7);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what = '"
                            OND_SUBJECT_LOG_ERASED "' OR ? = 0", 1), ==, 7);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM access_log WHERE what = '"
                            OND_SUBJECT_LOG_ITEMS "' OR ? = 0", 1), ==, 2);

  /* The key test: no trace of him anywhere in the database; only his namesake Jan de
   * Vriesland (name and search text) is left. */
  g_assert_cmpint (count_everywhere (f, "%vriesland%"), ==, 2);
  g_assert_cmpint (count_everywhere (f, "%vries%"), ==, count_everywhere (f, "%vriesland%"));
  g_assert_cmpint (count_everywhere (f, "%vriës%"), ==, 0);
  g_assert_cmpint (count_everywhere (f, "%VRIËS%"), ==, 0);
  g_assert_cmpint (count_everywhere (f, "Voorstraat 12"), ==, 1);   /* the bakery's */
  g_assert_cmpint (count_everywhere (f, "%kwekerij op zolder%"), ==, 0);
  g_assert_cmpint (count_everywhere (f, "%zwager%"), ==, 0);

  /* Closed year frozen; the open year counts what is left (the bakery, Anna, the namesake). */
  g_assert_cmpint (figure (f, "mma_reports", 2024), ==, mma_2024);
  g_assert_cmpint (figure (f, "mma_reports", 2025), ==, 3);

  /* Nor in the bytes of the file once it is closed (a file's bytes: file-only). */
  if (ond_pg_is_uri (f->path))
    return;
  g_clear_object (&f->store);
  wal = g_strconcat (f->path, "-wal", NULL);
  g_assert_false (file_holds (f->path, "de vries "));
  g_assert_false (file_holds (f->path, "Jan de Vries\""));
  g_assert_false (file_holds (f->path, "de vri\xc3\xab"));
  g_assert_false (file_holds (f->path, "kwekerij op zolder"));
  g_assert_false (file_holds (f->path, "Zwager van"));
  g_assert_false (file_holds (wal, "de vries "));
  g_assert_true (file_holds (f->path, "Anna Bakker"));
}

static void
test_erase_refused (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Scene s;
  gint64 ids[2];

  make_scene (f, &s);
  before = snapshot (f);
  g_assert_false (ond_store_erase_on_request (f->store, ids, 0, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* One that does not exist: none is erased. */
  ids[0] = s.jan;
  ids[1] = 999999;
  g_assert_false (ond_store_erase_on_request (f->store, ids, 2, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  after = snapshot (f);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM case_file WHERE id = ?", s.jan),
                   ==, 1);
}

static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) matches = NULL;
  g_autoptr(OndCaseDraft) draft = make_draft (f, "2024-03-04", "Jan de Vries");
  g_autofree char *pdf = g_build_filename (f->dir, "inzage.pdf", NULL);
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Scene s;
  gint64 ids[1];

  /* A file's permission: file-only (a server says who may write with its roles). */
  if (ond_pg_is_uri (f->path))
    {
      g_test_skip ("A read-only file is file-only");
      return;
    }
  make_scene (f, &s);
  ids[0] = s.jan;
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

  matches = ond_store_find_subject (f->store, "Jan de Vries", NULL, &error);
  g_assert_null (matches);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_assert_nonnull (strstr (error->message, "access log"));
  g_clear_error (&error);
  g_assert_false (ond_store_export_subject (f->store, ids, 1, pdf, f->today, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (g_file_test (pdf, G_FILE_TEST_EXISTS));
  g_assert_false (ond_store_correct_case_on_request (f->store, s.jan, draft, f->today,
                                                     &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);
  g_assert_false (ond_store_erase_on_request (f->store, ids, 1, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_READ_ONLY);
  g_clear_error (&error);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_assert_cmpint (g_chmod (f->path, 0600), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/subject/find", test_find);
  ADD_TEST ("/ond/subject/find-refused", test_find_refused);
  ADD_TEST ("/ond/subject/export", test_export);
  ADD_TEST ("/ond/subject/correct", test_correct);
  ADD_TEST ("/ond/subject/erase", test_erase);
  ADD_TEST ("/ond/subject/erase-refused", test_erase_refused);
  ADD_TEST ("/ond/subject/read-only", test_read_only);

  return g_test_run ();
}
