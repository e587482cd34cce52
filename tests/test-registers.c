/* test-registers.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The registers of "Controles & maatregelen" through the store: adding, listing (newest
 * first, labels filled in), changing, deleting and restoring controls, measures, stop talks
 * and activities; every rule of ond-store-registers.h refused with the code of its field
 * and nothing written (a checksum of the register tables, read with plain SQLite, before
 * and after); the plan period asked for; read-only files; the search text. "Today" for
 * dates in the future is the real date: the dates used lie in 2023-2025. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-pg.h"
#include "ond-store-cases.h"
#include "ond-store-registers.h"
#include "ond-test-util.h"
#include "ond-text.h"
#include "test-case-util.h"

/* Every row of the tables a register change may write to, in the order of their keys. */
static const char * const register_queries[] = {
  "SELECT * FROM control ORDER BY id",
  "SELECT control_id, partner_id FROM control_partner ORDER BY control_id, partner_id",
  "SELECT * FROM measure ORDER BY id",
  "SELECT * FROM stop_talk ORDER BY id",
  "SELECT * FROM activity ORDER BY id",
};

/* A checksum of every row of every register table (plain SQL on the file or the server). */
static char *
register_snapshot (Fixture *f)
{
  g_autoptr(GString) all = g_string_new (NULL);

  for (guint q = 0; q < G_N_ELEMENTS (register_queries); q++)
    {
      g_autofree char *rows = sql_rows (f->path, register_queries[q]);

      g_string_append_printf (all, "[%s]\n%s", register_queries[q], rows);
    }
  return g_compute_checksum_for_string (G_CHECKSUM_SHA256, all->str, all->len);
}

/* The id of the planning row of the current (seeded) plan whose "what" starts with @what. */
static gint64
plan_item_id (Fixture    *f,
              const char *what,
              int         year)
{
  /* @what is one of this file's own texts, without quotes. */
  g_autofree char *sql = g_strdup_printf ("SELECT id FROM plan_item"
                                          " WHERE substr(what, 1, %d) = '%s' AND year = ?"
                                          " ORDER BY id",
                                          (int) g_utf8_strlen (what, -1), what);
  gint64 id;

  g_assert_null (strchr (what, '\''));
  id = sql_int (f->path, sql, year);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* How many items of @model have a search text that contains @query folded, as the list's
 * search entry filters. */
static guint
count_matches (GListModel *model,
               const char *query)
{
  g_autofree char *folded = ond_text_fold (query);
  guint n = 0;

  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      g_autofree char *text = NULL;

      g_object_get (item, "search-text", &text, NULL);
      if (strstr (text, folded) != NULL)
        n++;
    }
  return n;
}

static OndControl *
make_control (gint64        id,
              const char   *date,
              const char   *kind,
              gint64        area_id,
              gint64        businesses,
              gint64        signals,
              const gint64 *partner_ids,
              guint         n_partners,
              const char   *note)
{
  return ond_control_new (id, date, kind, NULL, area_id, NULL, businesses, signals,
                          partner_ids, n_partners, NULL, note);
}

static gint64
add_control (Fixture    *f,
             OndControl *control)
{
  g_autoptr(GError) error = NULL;
  gint64 id = ond_store_save_control (f->store, control, OND_REGISTER_FLAGS_NONE, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

static GListModel *
list_controls (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ond_store_list_controls (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static GListModel *
list_measures (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ond_store_list_measures (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static GListModel *
list_stop_talks (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ond_store_list_stop_talks (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

static GListModel *
list_activities (Fixture *f)
{
  g_autoptr(GError) error = NULL;
  GListModel *list = ond_store_list_activities (f->store, &error);

  g_assert_no_error (error);
  g_assert_nonnull (list);
  return list;
}

/* The item of @model whose "id" is @id, or NULL. */
static gpointer
find_item (GListModel *model,
           gint64      id)
{
  for (guint i = 0; i < g_list_model_get_n_items (model); i++)
    {
      g_autoptr(GObject) item = g_list_model_get_item (model, i);
      gint64 item_id;

      g_object_get (item, "id", &item_id, NULL);
      if (item_id == id)
        return g_steal_pointer (&item);
    }
  return NULL;
}

/* Controls: added, listed newest first with labels and partners, read back as written. */
static void
test_control_add_list (Fixture       *f,
                       gconstpointer  data)
{
  gint64 politie = partner_id (f, "Politie");
  gint64 ozhz = partner_id (f, "OZHZ");
  gint64 gemeente = partner_id (f, "Gemeente");
  /* Deliberately not in list order: the names come out in the partner list's order. */
  gint64 three[] = { ozhz, politie, gemeente };
  g_autoptr(OndControl) first = make_control (0, "2023-03-01", "integraal",
                                              area_id (f, "Crabbehof"), 8, 2, three, 3,
                                              "  Bedrijventerrein Dordtse Kil  ");
  g_autoptr(OndControl) second = make_control (0, "2024-05-02", "dor_dol", 0, 3, 0,
                                               NULL, 0, NULL);
  g_autoptr(OndControl) third = make_control (0, "2023-03-01", "seks_vergund",
                                              area_id (f, "Binnenstad"), 2, 1, &politie, 1,
                                              "");
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndControl) item = NULL;
  g_autofree char *kind_label = NULL;
  g_autofree char *area_name = NULL;
  g_autofree char *partner_names = NULL;
  g_autofree char *note = NULL;
  g_autofree char *date = NULL;
  const gint64 *ids;
  guint n_ids;
  gint64 businesses, signals;
  gint64 id1, id2, id3;

  id1 = add_control (f, first);
  id2 = add_control (f, second);
  id3 = add_control (f, third);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control", 0), ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control_partner", 0), ==, 4);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control_partner WHERE control_id = ?",
                            id1), ==, 3);
  g_assert_cmpint (sql_int (f->path, "SELECT businesses * 100 + signals FROM control"
                            " WHERE id = ?", id1), ==, 802);

  /* Newest first; the same date: the later id first. */
  list = list_controls (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 3);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_control_get_id (item), ==, id2);
  g_assert_cmpstr (ond_control_get_kind_label (item), ==, "DOR/DOL");
  g_assert_cmpstr (ond_control_get_area_name (item), ==, "");
  g_assert_cmpstr (ond_control_get_partner_names (item), ==, "");
  g_clear_object (&item);
  item = g_list_model_get_item (list, 1);
  g_assert_cmpint (ond_control_get_id (item), ==, id3);
  g_clear_object (&item);
  item = g_list_model_get_item (list, 2);
  g_assert_cmpint (ond_control_get_id (item), ==, id1);

  /* The first control as written, through the getters and the properties a column view
   * binds to. */
  g_assert_cmpstr (ond_control_get_date (item), ==, "2023-03-01");
  g_assert_cmpstr (ond_control_get_kind (item), ==, "integraal");
  g_assert_cmpint (ond_control_get_area_id (item), ==, area_id (f, "Crabbehof"));
  g_assert_cmpstr (ond_control_get_note (item), ==, "Bedrijventerrein Dordtse Kil");
  ids = ond_control_get_partner_ids (item, &n_ids);
  g_assert_cmpuint (n_ids, ==, 3);
  g_assert_cmpint (ids[0], ==, gemeente);
  g_assert_cmpint (ids[1], ==, politie);
  g_assert_cmpint (ids[2], ==, ozhz);
  g_object_get (item,
                "date", &date,
                "kind-label", &kind_label,
                "area-name", &area_name,
                "businesses", &businesses,
                "signals", &signals,
                "partner-names", &partner_names,
                "note", &note,
                NULL);
  g_assert_cmpstr (date, ==, "2023-03-01");
  g_assert_cmpstr (kind_label, ==, "Integrale controle");
  g_assert_cmpstr (area_name, ==, "Crabbehof");
  g_assert_cmpint (businesses, ==, 8);
  g_assert_cmpint (signals, ==, 2);
  g_assert_cmpstr (partner_names, ==, "Gemeente, Politie, OZHZ");
  g_assert_cmpstr (note, ==, "Bedrijventerrein Dordtse Kil");
}

/* The bounds themselves are accepted: 500 businesses, as many signals as businesses, none. */
static void
test_control_bounds (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(OndControl) most = make_control (0, "2024-01-10", "integraal", 0,
                                             OND_REGISTER_MAX_BUSINESSES,
                                             OND_REGISTER_MAX_BUSINESSES, NULL, 0, NULL);
  g_autoptr(OndControl) none = make_control (0, "2024-01-11", "overig", 0, 0, 0, NULL, 0,
                                             NULL);
  g_autoptr(OndControl) first_day = make_control (0, "2023-01-01", "garageboxen", 0, 1, 0,
                                                  NULL, 0, NULL);
  g_autoptr(OndControl) last_day = make_control (0, "2024-12-31", "seks_onvergund", 0, 1, 1,
                                                 NULL, 0, NULL);

  add_control (f, most);
  add_control (f, none);
  add_control (f, first_day);
  add_control (f, last_day);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control", 0), ==, 4);
  g_assert_cmpint (sql_int (f->path, "SELECT SUM(signals) FROM control", 0), ==,
                   OND_REGISTER_MAX_BUSINESSES + 1);
}

/* Every bad control is refused with the code of its field, on adding and on changing, and
 * nothing is written. */
static void
test_control_bad_input (Fixture       *f,
                        gconstpointer  data)
{
  gint64 politie = partner_id (f, "Politie");
  gint64 twice[] = { politie, partner_id (f, "OZHZ"), politie };
  gint64 unknown_partner[] = { politie, 99999 };
  g_autofree char *tomorrow = day_from_now (1);
  g_autoptr(OndControl) good = make_control (0, "2023-06-01", "integraal", 0, 12, 3,
                                             &politie, 1, "Goed");
  struct
  {
    const char   *what;
    const char   *date;
    const char   *kind;
    gint64        area_id;
    gint64        businesses;
    gint64        signals;
    const gint64 *partners;
    guint         n_partners;
    int           code;
    const char   *message;
  } bad[] = {
    { "no date", NULL, "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE, NULL },
    { "blank date", "  ", "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE, NULL },
    { "not a date", "gisteren", "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE,
      "gisteren" },
    { "no such day", "2023-02-29", "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE,
      NULL },
    { "no such month", "2023-13-01", "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE,
      NULL },
    { "before 2000", "1999-12-31", "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE,
      "31-12-1999" },
    { "tomorrow", tomorrow, "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE, NULL },
    { "far future", "2099-01-01", "integraal", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_DATE,
      "01-01-2099" },
    { "no kind", "2023-06-01", "", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_KIND, NULL },
    { "unknown kind", "2023-06-01", "razzia", 0, 8, 1, NULL, 0, OND_REGISTER_ERROR_KIND,
      "razzia" },
    { "unknown area", "2023-06-01", "integraal", 99999, 8, 1, NULL, 0,
      OND_REGISTER_ERROR_AREA, NULL },
    { "negative businesses", "2023-06-01", "integraal", 0, -1, 0, NULL, 0,
      OND_REGISTER_ERROR_BUSINESSES, NULL },
    { "absurd businesses", "2023-06-01", "integraal", 0, OND_REGISTER_MAX_BUSINESSES + 1, 0,
      NULL, 0, OND_REGISTER_ERROR_BUSINESSES, "501" },
    { "negative signals", "2023-06-01", "integraal", 0, 8, -1, NULL, 0,
      OND_REGISTER_ERROR_SIGNALS, NULL },
    { "more signals than businesses", "2023-06-01", "integraal", 0, 12, 15, NULL, 0,
      OND_REGISTER_ERROR_SIGNALS, "(12 visited, 15 signals)" },
    { "one signal too many", "2023-06-01", "integraal", 0, 8, 9, NULL, 0,
      OND_REGISTER_ERROR_SIGNALS, "(8 visited, 9 signals)" },
    { "unknown partner", "2023-06-01", "integraal", 0, 8, 1, unknown_partner, 2,
      OND_REGISTER_ERROR_PARTNERS, NULL },
    { "partner twice", "2023-06-01", "integraal", 0, 8, 1, twice, 3,
      OND_REGISTER_ERROR_PARTNERS, "Politie" },
  };
  g_autofree char *before = NULL;
  gint64 id;

  id = add_control (f, good);
  before = register_snapshot (f);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      for (int change = 0; change <= 1; change++)
        {
          g_autoptr(GError) error = NULL;
          g_autoptr(OndControl) control = NULL;
          g_autofree char *after = NULL;
          gint64 result;

          g_test_message ("%s (%s)", bad[i].what, change ? "change" : "add");
          control = make_control (change ? id : 0, bad[i].date, bad[i].kind, bad[i].area_id,
                                  bad[i].businesses, bad[i].signals, bad[i].partners,
                                  bad[i].n_partners, "Fout");
          /* Also when the date would need confirmation: a bad field is a bad field. */
          result = ond_store_save_control (f->store, control,
                                           OND_REGISTER_ALLOW_OUTSIDE_PERIOD, &error);
          g_assert_cmpint (result, ==, 0);
          g_assert_error (error, OND_REGISTER_ERROR, bad[i].code);
          g_assert_cmpstr (error->message, !=, "");
          if (bad[i].message != NULL)
            g_assert_nonnull (strstr (error->message, bad[i].message));
          after = register_snapshot (f);
          g_assert_cmpstr (before, ==, after);
        }
    }
}

/* Changing a control replaces its fields and partners; an unknown id is not found. */
static void
test_control_edit (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 politie = partner_id (f, "Politie");
  gint64 sdd = partner_id (f, "SDD");
  gint64 handhaving = partner_id (f, "Handhaving");
  gint64 before_ids[] = { politie, sdd };
  gint64 after_ids[] = { handhaving };
  g_autoptr(OndControl) original = make_control (0, "2023-04-04", "integraal",
                                                 area_id (f, "Wielwijk"), 9, 4, before_ids,
                                                 2, "Eerste versie");
  g_autoptr(OndControl) changed = NULL;
  g_autoptr(OndControl) missing = NULL;
  g_autoptr(OndControl) item = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 other;
  gint64 id;

  id = add_control (f, original);
  other = add_control (f, original);
  changed = make_control (id, "2024-02-20", "garageboxen", 0, 20, 0, after_ids, 1,
                          "Tweede versie");
  g_assert_cmpint (ond_store_save_control (f->store, changed, OND_REGISTER_FLAGS_NONE, &error),
                   ==, id);
  g_assert_no_error (error);

  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control", 0), ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control_partner WHERE control_id = ?",
                            id), ==, 1);
  g_assert_cmpint (sql_int (f->path, "SELECT partner_id FROM control_partner"
                            " WHERE control_id = ?", id), ==, handhaving);
  g_assert_cmpint (sql_int (f->path, "SELECT area_id IS NULL FROM control WHERE id = ?", id),
                   ==, 1);
  /* The other control kept its partners. */
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control_partner WHERE control_id = ?",
                            other), ==, 2);

  list = list_controls (f);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_control_get_id (item), ==, id);
  g_assert_cmpstr (ond_control_get_date (item), ==, "2024-02-20");
  g_assert_cmpstr (ond_control_get_kind_label (item), ==,
                   "Garageboxen/bedrijfsverzamelgebouwen");
  g_assert_cmpint (ond_control_get_businesses (item), ==, 20);
  g_assert_cmpint (ond_control_get_signals (item), ==, 0);
  g_assert_cmpstr (ond_control_get_partner_names (item), ==, "Handhaving");
  g_assert_cmpstr (ond_control_get_area_name (item), ==, "");
  g_assert_cmpstr (ond_control_get_note (item), ==, "Tweede versie");

  /* A control that does not exist is not added by a change. */
  before = register_snapshot (f);
  missing = make_control (id + 1000, "2024-02-20", "integraal", 0, 1, 0, NULL, 0, NULL);
  g_assert_cmpint (ond_store_save_control (f->store, missing, OND_REGISTER_FLAGS_NONE, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  after = register_snapshot (f);
  g_assert_cmpstr (before, ==, after);
}

/* Deleting removes the control and its partners; restoring puts back exactly that. */
static void
test_control_delete_restore (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 partners[] = { partner_id (f, "Politie"), partner_id (f, "OZHZ") };
  g_autoptr(OndControl) control = make_control (0, "2023-09-09", "integraal",
                                                area_id (f, "Oud-Krispijn"), 7, 2, partners,
                                                2, "Met partners");
  g_autoptr(OndControl) later = make_control (0, "2023-10-10", "overig", 0, 1, 0, NULL, 0,
                                              NULL);
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndControl) read = NULL;
  g_autoptr(OndControl) back = NULL;
  g_autofree char *with = NULL;
  g_autofree char *without = NULL;
  g_autofree char *restored = NULL;
  g_autofree char *again = NULL;
  const gint64 *ids;
  guint n_ids;
  gint64 id;

  id = add_control (f, control);
  add_control (f, later);
  with = register_snapshot (f);
  list = list_controls (f);
  read = find_item (list, id);
  g_assert_nonnull (read);
  g_clear_object (&list);

  g_assert_true (ond_store_delete_control (f->store, id, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control WHERE id = ?", id), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control_partner", 0), ==, 0);
  list = list_controls (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 1);
  g_assert_null (find_item (list, id));
  g_clear_object (&list);
  without = register_snapshot (f);

  /* Deleting again: not found, nothing changes. */
  g_assert_false (ond_store_delete_control (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  again = register_snapshot (f);
  g_assert_cmpstr (again, ==, without);
  g_clear_pointer (&again, g_free);

  /* Undo: the same id, fields and partners: every table as it was. */
  g_assert_cmpint (ond_store_restore_control (f->store, read, &error), ==, id);
  g_assert_no_error (error);
  restored = register_snapshot (f);
  g_assert_cmpstr (restored, ==, with);
  list = list_controls (f);
  back = find_item (list, id);
  g_assert_nonnull (back);
  g_assert_cmpstr (ond_control_get_partner_names (back), ==, "Politie, OZHZ");
  ids = ond_control_get_partner_ids (back, &n_ids);
  g_assert_cmpuint (n_ids, ==, 2);
  g_assert_cmpint (ids[0], ==, partners[0]);
  g_assert_cmpint (ids[1], ==, partners[1]);

  /* Restoring what is there already: the id is in use. */
  g_assert_cmpint (ond_store_restore_control (f->store, read, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_assert_nonnull (strstr (error->message, "exists already"));
  g_clear_error (&error);
  again = register_snapshot (f);
  g_assert_cmpstr (again, ==, with);

  /* A record that was never stored cannot be put back. */
  g_assert_cmpint (ond_store_restore_control (f->store, later, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
}

/* A date outside the plan period (2023-2024) is asked for, and saved once confirmed; a
 * restore does not ask again. */
static void
test_period (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndControl) control = make_control (0, "2025-01-03", "integraal", 0, 8, 1, NULL,
                                                0, NULL);
  g_autoptr(OndMeasure) measure = ond_measure_new (0, "2022-12-31", "sluiting", NULL,
                                                   "harddrugs", NULL, NULL, 0, NULL, 0,
                                                   NULL);
  g_autoptr(OndStopTalk) stop_talk = ond_stop_talk_new (0, "2025-02-01", "Autohandel", TRUE,
                                                        0, NULL);
  g_autoptr(OndActivity) activity = ond_activity_new (0, "2025-03-01", "drugsactie", NULL, 0,
                                                      NULL, 0, NULL, 0, NULL, NULL);
  g_autoptr(OndControl) inside = make_control (0, "2024-12-31", "integraal", 0, 8, 1, NULL,
                                               0, NULL);
  g_autoptr(OndControl) moved = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndControl) read = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 control_id, id;

  before = register_snapshot (f);
  g_assert_cmpint (ond_store_save_control (f->store, control, OND_REGISTER_FLAGS_NONE, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION);
  g_assert_cmpstr (error->message, ==,
                   "The date 03-01-2025 lies outside the plan period 2023–2024.");
  g_clear_error (&error);
  g_assert_cmpint (ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION);
  g_assert_nonnull (strstr (error->message, "31-12-2022"));
  g_clear_error (&error);
  g_assert_cmpint (ond_store_save_stop_talk (f->store, stop_talk, OND_REGISTER_FLAGS_NONE,
                                             &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_save_activity (f->store, activity, OND_REGISTER_FLAGS_NONE,
                                            &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION);
  g_clear_error (&error);
  after = register_snapshot (f);
  g_assert_cmpstr (before, ==, after);
  g_clear_pointer (&after, g_free);

  /* Confirmed. */
  control_id = ond_store_save_control (f->store, control, OND_REGISTER_ALLOW_OUTSIDE_PERIOD,
                                       &error);
  g_assert_no_error (error);
  g_assert_cmpint (control_id, >, 0);
  id = ond_store_save_measure (f->store, measure, OND_REGISTER_ALLOW_OUTSIDE_PERIOD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  id = ond_store_save_stop_talk (f->store, stop_talk, OND_REGISTER_ALLOW_OUTSIDE_PERIOD,
                                 &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  id = ond_store_save_activity (f->store, activity, OND_REGISTER_ALLOW_OUTSIDE_PERIOD, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control WHERE date = '2025-01-03'",
                            0), ==, 1);

  /* The last day of the period needs no confirmation; moving a record out of it does. */
  id = add_control (f, inside);
  g_clear_pointer (&before, g_free);
  before = register_snapshot (f);
  moved = make_control (id, "2025-01-01", "integraal", 0, 8, 1, NULL, 0, NULL);
  g_assert_cmpint (ond_store_save_control (f->store, moved, OND_REGISTER_FLAGS_NONE, &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NEEDS_CONFIRMATION);
  g_clear_error (&error);
  after = register_snapshot (f);
  g_assert_cmpstr (before, ==, after);

  /* Undo of a confirmed record does not ask again. */
  list = list_controls (f);
  read = find_item (list, control_id);
  g_assert_nonnull (read);
  g_assert_true (ond_store_delete_control (f->store, control_id, &error));
  g_assert_cmpint (ond_store_restore_control (f->store, read, &error), ==, control_id);
  g_assert_no_error (error);
}

/* Measures: with a case (shown by its reference only), edited, deleted, restored. */
static void
test_measure (Fixture       *f,
              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "2024-01-15", "Jan de Vries");
  g_autofree char *reference = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?",
                                         case_id);
  g_autoptr(OndMeasure) first = ond_measure_new (0, "2024-02-01", "sluiting", NULL,
                                                 "harddrugs", NULL, " art. 13b Opiumwet ",
                                                 area_id (f, "Crabbehof"), NULL, case_id,
                                                 NULL);
  g_autoptr(OndMeasure) second = ond_measure_new (0, "2024-03-01", "waarschuwing", NULL,
                                                  "softdrugs", NULL, NULL, 0, NULL, 0, NULL);
  g_autoptr(OndMeasure) changed = NULL;
  g_autoptr(OndMeasure) item = NULL;
  g_autoptr(OndMeasure) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *domain_label = NULL;
  g_autofree char *legal_basis = NULL;
  g_autofree char *case_reference = NULL;
  g_autofree char *with = NULL;
  g_autofree char *restored = NULL;
  gint64 id1, id2;

  id1 = ond_store_save_measure (f->store, first, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  id2 = ond_store_save_measure (f->store, second, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM measure", 0), ==, 2);
  g_assert_cmpint (sql_int (f->path, "SELECT case_id FROM measure WHERE id = ?", id1), ==,
                   case_id);
  g_assert_cmpint (sql_int (f->path, "SELECT case_id IS NULL FROM measure WHERE id = ?", id2),
                   ==, 1);

  list = list_measures (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_measure_get_id (item), ==, id2);
  g_assert_cmpstr (ond_measure_get_kind_label (item), ==, "Waarschuwing");
  g_assert_cmpstr (ond_measure_get_case_reference (item), ==, "");
  g_clear_object (&item);
  item = g_list_model_get_item (list, 1);
  g_assert_cmpint (ond_measure_get_id (item), ==, id1);
  g_assert_cmpstr (ond_measure_get_kind (item), ==, "sluiting");
  g_assert_cmpstr (ond_measure_get_kind_label (item), ==, "Sluiting");
  g_assert_cmpstr (ond_measure_get_domain (item), ==, "harddrugs");
  g_assert_cmpint (ond_measure_get_case_id (item), ==, case_id);
  g_assert_cmpstr (ond_measure_get_area_name (item), ==, "Crabbehof");
  g_object_get (item,
                "domain-label", &domain_label,
                "legal-basis", &legal_basis,
                "case-reference", &case_reference,
                NULL);
  g_assert_cmpstr (domain_label, ==, "Harddrugs");
  g_assert_cmpstr (legal_basis, ==, "art. 13b Opiumwet");
  g_assert_cmpstr (case_reference, ==, reference);
  /* The case's personal data is nowhere in the measure. */
  g_assert_null (strstr (ond_measure_get_search_text (item), "vries"));
  g_assert_nonnull (strstr (ond_measure_get_search_text (item), reference));
  g_clear_object (&item);
  g_clear_object (&list);

  /* Changing: another kind and domain, no case any more. */
  changed = ond_measure_new (id1, "2024-02-02", "last_onder_dwangsom", NULL, "drugsdealen",
                             NULL, "art. 174a Gemeentewet", 0, NULL, 0, NULL);
  g_assert_cmpint (ond_store_save_measure (f->store, changed, OND_REGISTER_FLAGS_NONE, &error),
                   ==, id1);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT case_id IS NULL FROM measure WHERE id = ?", id1),
                   ==, 1);
  list = list_measures (f);
  read = find_item (list, id1);
  g_assert_cmpstr (ond_measure_get_kind_label (read), ==, "Last onder dwangsom");
  g_assert_cmpstr (ond_measure_get_domain_label (read), ==, "Drugsdealen");
  g_assert_cmpstr (ond_measure_get_legal_basis (read), ==, "art. 174a Gemeentewet");
  g_assert_cmpstr (ond_measure_get_date (read), ==, "2024-02-02");
  g_clear_object (&read);
  g_clear_object (&list);

  /* Deleting and restoring the one with a case. */
  g_clear_object (&changed);
  changed = ond_measure_new (id1, "2024-02-02", "sluiting", NULL, "harddrugs", NULL, NULL, 0,
                             NULL, case_id, NULL);
  g_assert_cmpint (ond_store_save_measure (f->store, changed, OND_REGISTER_FLAGS_NONE, &error),
                   ==, id1);
  with = register_snapshot (f);
  list = list_measures (f);
  read = find_item (list, id1);
  g_assert_true (ond_store_delete_measure (f->store, id1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM measure", 0), ==, 1);
  g_assert_false (ond_store_delete_measure (f->store, id1, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_restore_measure (f->store, read, &error), ==, id1);
  g_assert_no_error (error);
  restored = register_snapshot (f);
  g_assert_cmpstr (restored, ==, with);
}

/* A measure refuses unknown codes and ids and a deleted case; a case it already has may
 * stay after that case was deleted. */
static void
test_measure_bad_input (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 case_id = new_case (f, "2024-01-15", "Jan de Vries");
  gint64 deleted_case = new_case (f, "2024-01-16", "Piet Jansen");
  g_autofree char *tomorrow = day_from_now (1);
  g_autoptr(OndMeasure) good = ond_measure_new (0, "2024-04-01", "sluiting", NULL, "softdrugs",
                                                NULL, NULL, 0, NULL, case_id, NULL);
  g_autoptr(OndMeasure) kept = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autoptr(OndMeasure) read = NULL;
  struct
  {
    const char *what;
    const char *date;
    const char *kind;
    const char *domain;
    gint64      area_id;
    gint64      case_id;
    int         code;
  } bad[] = {
    { "no date", "", "sluiting", "softdrugs", 0, 0, OND_REGISTER_ERROR_DATE },
    { "bad date", "31-04-2024", "sluiting", "softdrugs", 0, 0, OND_REGISTER_ERROR_DATE },
    { "future", tomorrow, "sluiting", "softdrugs", 0, 0, OND_REGISTER_ERROR_DATE },
    { "no kind", "2024-04-01", NULL, "softdrugs", 0, 0, OND_REGISTER_ERROR_KIND },
    { "unknown kind", "2024-04-01", "boete", "softdrugs", 0, 0, OND_REGISTER_ERROR_KIND },
    { "no domain", "2024-04-01", "sluiting", "", 0, 0, OND_REGISTER_ERROR_DOMAIN },
    { "unknown domain", "2024-04-01", "sluiting", "alcohol", 0, 0, OND_REGISTER_ERROR_DOMAIN },
    { "unknown area", "2024-04-01", "sluiting", "softdrugs", 99999, 0,
      OND_REGISTER_ERROR_AREA },
    { "unknown case", "2024-04-01", "sluiting", "softdrugs", 0, 99999,
      OND_REGISTER_ERROR_CASE },
    { "deleted case", "2024-04-01", "sluiting", "softdrugs", 0, deleted_case,
      OND_REGISTER_ERROR_CASE },
  };
  g_autofree char *before = NULL;
  gint64 id;

  id = ond_store_save_measure (f->store, good, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_delete_case (f->store, deleted_case, &error));
  g_assert_no_error (error);
  before = register_snapshot (f);

  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      for (int change = 0; change <= 1; change++)
        {
          g_autoptr(OndMeasure) measure = NULL;
          g_autofree char *after = NULL;

          g_test_message ("%s (%s)", bad[i].what, change ? "change" : "add");
          measure = ond_measure_new (change ? id : 0, bad[i].date, bad[i].kind, NULL,
                                     bad[i].domain, NULL, "art. 13b Opiumwet", bad[i].area_id,
                                     NULL, bad[i].case_id, NULL);
          g_assert_cmpint (ond_store_save_measure (f->store, measure,
                                                   OND_REGISTER_ALLOW_OUTSIDE_PERIOD, &error),
                           ==, 0);
          g_assert_error (error, OND_REGISTER_ERROR, bad[i].code);
          g_clear_error (&error);
          after = register_snapshot (f);
          g_assert_cmpstr (before, ==, after);
        }
    }

  /* The measure's own case is deleted afterwards: the measure can still be changed and
   * restored with it; the list still shows its reference. */
  g_assert_true (ond_store_delete_case (f->store, case_id, &error));
  kept = ond_measure_new (id, "2024-04-02", "sluiting", NULL, "softdrugs", NULL, "Gewijzigd",
                          0, NULL, case_id, NULL);
  g_assert_cmpint (ond_store_save_measure (f->store, kept, OND_REGISTER_FLAGS_NONE, &error),
                   ==, id);
  g_assert_no_error (error);
  list = list_measures (f);
  read = find_item (list, id);
  g_assert_cmpstr (ond_measure_get_case_reference (read), ==, "2024-0001");
  g_assert_true (ond_store_delete_measure (f->store, id, &error));
  g_assert_cmpint (ond_store_restore_measure (f->store, read, &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT case_id FROM measure WHERE id = ?", id), ==,
                   case_id);
}

/* Stop talks: a branch is needed; maatwerk yes or no; edit, delete, restore. */
static void
test_stop_talk (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStopTalk) first = ond_stop_talk_new (0, "2023-05-05", "  Autohandel ", TRUE,
                                                    area_id (f, "Haven"), NULL);
  g_autoptr(OndStopTalk) second = ond_stop_talk_new (0, "2023-06-06", "Makelaardij", FALSE, 0,
                                                     NULL);
  g_autoptr(OndStopTalk) changed = NULL;
  g_autoptr(OndStopTalk) item = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *branch = NULL;
  g_autofree char *before = NULL;
  g_autofree char *with = NULL;
  gboolean maatwerk = FALSE;
  struct
  {
    const char *what;
    const char *date;
    const char *branch;
    gint64      area_id;
    int         code;
  } bad[] = {
    { "no branch", "2023-05-05", NULL, 0, OND_REGISTER_ERROR_BRANCH },
    { "blank branch", "2023-05-05", " \t ", 0, OND_REGISTER_ERROR_BRANCH },
    { "bad date", "5 mei", "Autohandel", 0, OND_REGISTER_ERROR_DATE },
    { "before 2000", "1998-05-05", "Autohandel", 0, OND_REGISTER_ERROR_DATE },
    { "unknown area", "2023-05-05", "Autohandel", 99999, OND_REGISTER_ERROR_AREA },
  };
  gint64 id1, id2;

  id1 = ond_store_save_stop_talk (f->store, first, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  id2 = ond_store_save_stop_talk (f->store, second, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT SUM(maatwerk) FROM stop_talk", 0), ==, 1);

  list = list_stop_talks (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_stop_talk_get_id (item), ==, id2);
  g_assert_false (ond_stop_talk_get_maatwerk (item));
  g_clear_object (&item);
  item = g_list_model_get_item (list, 1);
  g_assert_cmpint (ond_stop_talk_get_id (item), ==, id1);
  g_object_get (item, "branch", &branch, "maatwerk", &maatwerk, NULL);
  g_assert_cmpstr (branch, ==, "Autohandel");
  g_assert_true (maatwerk);
  g_assert_cmpstr (ond_stop_talk_get_area_name (item), ==, "Haven");
  g_assert_cmpstr (ond_stop_talk_get_date (item), ==, "2023-05-05");
  g_clear_object (&item);
  g_clear_object (&list);

  before = register_snapshot (f);
  for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
    {
      for (int change = 0; change <= 1; change++)
        {
          g_autoptr(OndStopTalk) stop_talk = NULL;
          g_autofree char *after = NULL;

          g_test_message ("%s (%s)", bad[i].what, change ? "change" : "add");
          stop_talk = ond_stop_talk_new (change ? id1 : 0, bad[i].date, bad[i].branch, TRUE,
                                         bad[i].area_id, NULL);
          g_assert_cmpint (ond_store_save_stop_talk (f->store, stop_talk,
                                                     OND_REGISTER_ALLOW_OUTSIDE_PERIOD,
                                                     &error), ==, 0);
          g_assert_error (error, OND_REGISTER_ERROR, bad[i].code);
          g_clear_error (&error);
          after = register_snapshot (f);
          g_assert_cmpstr (before, ==, after);
        }
    }

  changed = ond_stop_talk_new (id1, "2023-05-07", "Accountancy", FALSE, 0, NULL);
  g_assert_cmpint (ond_store_save_stop_talk (f->store, changed, OND_REGISTER_FLAGS_NONE,
                                             &error), ==, id1);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT SUM(maatwerk) FROM stop_talk", 0), ==, 0);
  list = list_stop_talks (f);
  item = find_item (list, id1);
  g_assert_cmpstr (ond_stop_talk_get_branch (item), ==, "Accountancy");
  g_assert_cmpint (ond_stop_talk_get_area_id (item), ==, 0);

  with = register_snapshot (f);
  g_assert_true (ond_store_delete_stop_talk (f->store, id1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM stop_talk", 0), ==, 1);
  g_assert_cmpint (ond_store_restore_stop_talk (f->store, item, &error), ==, id1);
  g_assert_no_error (error);
  g_clear_pointer (&before, g_free);
  before = register_snapshot (f);
  g_assert_cmpstr (before, ==, with);
  g_assert_false (ond_store_delete_stop_talk (f->store, id1 + id2 + 100, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
}

/* Activities: theme and planning row of the current plan; a row of another plan refused. */
static void
test_activity (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 drugs = theme_id (f, "Drugs");
  gint64 drugs_row = plan_item_id (f, "4 wijkgerichte", 2023);
  gint64 controls_row = plan_item_id (f, "10 integrale controles", 2024);
  g_autoptr(OndActivity) first = ond_activity_new (0, "2023-07-01", "drugsactie", NULL, drugs,
                                                   NULL, drugs_row, NULL,
                                                   area_id (f, "Nieuw-Krispijn"), NULL,
                                                   " Henneptrein ");
  g_autoptr(OndActivity) second = ond_activity_new (0, "2023-08-01", "weerbaarheidsactie",
                                                    NULL, 0, NULL, 0, NULL, 0, NULL, NULL);
  g_autoptr(OndActivity) changed = NULL;
  g_autoptr(OndActivity) item = NULL;
  g_autoptr(OndActivity) read = NULL;
  g_autoptr(GListModel) list = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *plan_item_text = NULL;
  g_autofree char *before = NULL;
  g_autofree char *with = NULL;
  g_autofree char *again = NULL;
  gint64 other_row;
  gint64 id1, id2;

  /* A planning row of another plan, made beside the store. */
  sql_exec (f->path,
            "INSERT INTO plan (title, first_year, last_year, state)"
            "  VALUES ('Uitvoeringsplan ondermijning 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO plan_item (plan_id, year, period, position, what)"
            "  VALUES ((SELECT MAX(id) FROM plan), 2025, 'Q1', 1,"
            "          'Iets van het volgende plan');");
  other_row = sql_int (f->path, "SELECT MAX(id) FROM plan_item", 0);
  g_assert_cmpint (sql_int (f->path, "SELECT plan_id FROM plan_item WHERE id = ?", other_row),
                   !=, sql_int (f->path, "SELECT plan_id FROM plan_item WHERE id = ?",
                                drugs_row));

  id1 = ond_store_save_activity (f->store, first, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  id2 = ond_store_save_activity (f->store, second, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT plan_item_id FROM activity WHERE id = ?", id1), ==,
                   drugs_row);

  list = list_activities (f);
  g_assert_cmpuint (g_list_model_get_n_items (list), ==, 2);
  item = g_list_model_get_item (list, 0);
  g_assert_cmpint (ond_activity_get_id (item), ==, id2);
  g_assert_cmpstr (ond_activity_get_kind_label (item), ==, "Weerbaarheidsactie");
  g_assert_cmpstr (ond_activity_get_theme_name (item), ==, "");
  g_assert_cmpstr (ond_activity_get_plan_item_text (item), ==, "");
  g_clear_object (&item);
  item = g_list_model_get_item (list, 1);
  g_assert_cmpint (ond_activity_get_id (item), ==, id1);
  g_assert_cmpstr (ond_activity_get_kind (item), ==, "drugsactie");
  g_assert_cmpstr (ond_activity_get_kind_label (item), ==, "Wijkgerichte drugsactie");
  g_assert_cmpint (ond_activity_get_theme_id (item), ==, drugs);
  g_assert_cmpint (ond_activity_get_plan_item_id (item), ==, drugs_row);
  g_assert_cmpstr (ond_activity_get_area_name (item), ==, "Nieuw-Krispijn");
  g_assert_cmpstr (ond_activity_get_note (item), ==, "Henneptrein");
  g_object_get (item, "theme-name", &theme_name, "plan-item-text", &plan_item_text, NULL);
  g_assert_cmpstr (theme_name, ==, "Drugs");
  g_assert_true (g_str_has_prefix (plan_item_text, "4 wijkgerichte drugsgerelateerde acties"));
  g_clear_object (&item);
  g_clear_object (&list);

  /* Bad input, on adding and on changing. */
  before = register_snapshot (f);
  {
    struct
    {
      const char *what;
      const char *date;
      const char *kind;
      gint64      theme_id;
      gint64      plan_item_id;
      gint64      area_id;
      int         code;
    } bad[] = {
      { "bad date", "2023-06-31", "drugsactie", 0, 0, 0, OND_REGISTER_ERROR_DATE },
      { "no kind", "2023-07-01", "  ", 0, 0, 0, OND_REGISTER_ERROR_KIND },
      { "unknown kind", "2023-07-01", "feest", 0, 0, 0, OND_REGISTER_ERROR_KIND },
      { "unknown theme", "2023-07-01", "drugsactie", 99999, 0, 0, OND_REGISTER_ERROR_THEME },
      { "unknown planning row", "2023-07-01", "drugsactie", 0, 99999, 0,
        OND_REGISTER_ERROR_PLAN_ITEM },
      { "planning row of another plan", "2023-07-01", "drugsactie", 0, other_row, 0,
        OND_REGISTER_ERROR_PLAN_ITEM },
      { "unknown area", "2023-07-01", "drugsactie", 0, 0, 99999, OND_REGISTER_ERROR_AREA },
    };

    for (guint i = 0; i < G_N_ELEMENTS (bad); i++)
      {
        for (int change = 0; change <= 1; change++)
          {
            g_autoptr(OndActivity) activity = NULL;
            g_autofree char *after = NULL;

            g_test_message ("%s (%s)", bad[i].what, change ? "change" : "add");
            activity = ond_activity_new (change ? id1 : 0, bad[i].date, bad[i].kind, NULL,
                                         bad[i].theme_id, NULL, bad[i].plan_item_id, NULL,
                                         bad[i].area_id, NULL, NULL);
            g_assert_cmpint (ond_store_save_activity (f->store, activity,
                                                      OND_REGISTER_ALLOW_OUTSIDE_PERIOD,
                                                      &error), ==, 0);
            g_assert_error (error, OND_REGISTER_ERROR, bad[i].code);
            g_clear_error (&error);
            after = register_snapshot (f);
            g_assert_cmpstr (before, ==, after);
          }
      }
  }

  /* Changing: another planning row of the current plan, no theme, no area. */
  changed = ond_activity_new (id1, "2024-03-03", "gerichte_controle", NULL, 0, NULL,
                              controls_row, NULL, 0, NULL, "Gewijzigd");
  g_assert_cmpint (ond_store_save_activity (f->store, changed, OND_REGISTER_FLAGS_NONE,
                                            &error), ==, id1);
  g_assert_no_error (error);
  list = list_activities (f);
  read = find_item (list, id1);
  g_assert_cmpstr (ond_activity_get_kind_label (read), ==, "Gerichte controle mensenhandel");
  g_assert_true (g_str_has_prefix (ond_activity_get_plan_item_text (read),
                                   "10 integrale controles"));
  g_assert_cmpint (ond_activity_get_theme_id (read), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT theme_id IS NULL AND area_id IS NULL"
                            " FROM activity WHERE id = ?", id1), ==, 1);

  /* Delete and undo. */
  with = register_snapshot (f);
  g_assert_true (ond_store_delete_activity (f->store, id1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM activity WHERE id = ?", id1), ==, 0);
  g_assert_cmpint (ond_store_restore_activity (f->store, read, &error), ==, id1);
  g_assert_no_error (error);
  again = register_snapshot (f);
  g_assert_cmpstr (again, ==, with);
  g_assert_cmpint (ond_store_restore_activity (f->store, read, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
}

/* A read-only file: every change refused, the lists still read, the file untouched. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndControl) control = make_control (0, "2023-03-03", "integraal", 0, 5, 1, NULL,
                                                0, NULL);
  g_autoptr(OndMeasure) measure = ond_measure_new (0, "2023-03-03", "sluiting", NULL,
                                                   "softdrugs", NULL, NULL, 0, NULL, 0, NULL);
  g_autoptr(OndStopTalk) stop_talk = ond_stop_talk_new (0, "2023-03-03", "Autohandel", TRUE,
                                                        0, NULL);
  g_autoptr(OndActivity) activity = ond_activity_new (0, "2023-03-03", "drugsactie", NULL, 0,
                                                      NULL, 0, NULL, 0, NULL, NULL);
  g_autoptr(GListModel) controls = NULL;
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GListModel) stop_talks = NULL;
  g_autoptr(GListModel) activities = NULL;
  g_autoptr(OndControl) stored_control = NULL;
  g_autoptr(OndMeasure) stored_measure = NULL;
  g_autoptr(OndStopTalk) stored_stop_talk = NULL;
  g_autoptr(OndActivity) stored_activity = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 control_id, measure_id, stop_talk_id, activity_id;

  control_id = add_control (f, control);
  measure_id = ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE, &error);
  stop_talk_id = ond_store_save_stop_talk (f->store, stop_talk, OND_REGISTER_FLAGS_NONE,
                                           &error);
  activity_id = ond_store_save_activity (f->store, activity, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  stored_control = make_control (control_id, "2023-03-04", "integraal", 0, 6, 1, NULL, 0,
                                 NULL);
  stored_measure = ond_measure_new (measure_id, "2023-03-04", "sluiting", NULL, "softdrugs",
                                    NULL, NULL, 0, NULL, 0, NULL);
  stored_stop_talk = ond_stop_talk_new (stop_talk_id, "2023-03-04", "Autohandel", FALSE, 0,
                                        NULL);
  stored_activity = ond_activity_new (activity_id, "2023-03-04", "drugsactie", NULL, 0, NULL,
                                      0, NULL, 0, NULL, NULL);

  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

#define REFUSED(call) G_STMT_START { g_assert_true ((call) == 0); \
                                     g_assert_error (error, OND_STORE_ERROR, \
                                                     OND_STORE_ERROR_READ_ONLY); \
                                     g_clear_error (&error); } G_STMT_END
  REFUSED (ond_store_save_control (f->store, control, OND_REGISTER_FLAGS_NONE, &error));
  REFUSED (ond_store_save_control (f->store, stored_control, OND_REGISTER_FLAGS_NONE, &error));
  REFUSED (ond_store_delete_control (f->store, control_id, &error));
  REFUSED (ond_store_restore_control (f->store, stored_control, &error));
  REFUSED (ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE, &error));
  REFUSED (ond_store_save_measure (f->store, stored_measure, OND_REGISTER_FLAGS_NONE, &error));
  REFUSED (ond_store_delete_measure (f->store, measure_id, &error));
  REFUSED (ond_store_restore_measure (f->store, stored_measure, &error));
  REFUSED (ond_store_save_stop_talk (f->store, stop_talk, OND_REGISTER_FLAGS_NONE, &error));
  REFUSED (ond_store_save_stop_talk (f->store, stored_stop_talk, OND_REGISTER_FLAGS_NONE,
                                     &error));
  REFUSED (ond_store_delete_stop_talk (f->store, stop_talk_id, &error));
  REFUSED (ond_store_restore_stop_talk (f->store, stored_stop_talk, &error));
  REFUSED (ond_store_save_activity (f->store, activity, OND_REGISTER_FLAGS_NONE, &error));
  REFUSED (ond_store_save_activity (f->store, stored_activity, OND_REGISTER_FLAGS_NONE,
                                    &error));
  REFUSED (ond_store_delete_activity (f->store, activity_id, &error));
  REFUSED (ond_store_restore_activity (f->store, stored_activity, &error));
#undef REFUSED

  controls = list_controls (f);
  measures = list_measures (f);
  stop_talks = list_stop_talks (f);
  activities = list_activities (f);
  g_assert_cmpuint (g_list_model_get_n_items (controls), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (measures), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (stop_talks), ==, 1);
  g_assert_cmpuint (g_list_model_get_n_items (activities), ==, 1);

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

/* The search text: folded (case and accents), the date as shown and as stored, the text
 * columns of each list. */
static void
test_search (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 dordt_west = ond_store_add_area (f->store, "Dordt-West", TRUE, &error);
  gint64 ozhz = partner_id (f, "OZHZ");
  g_autoptr(OndControl) west = make_control (0, "2024-05-03", "integraal", dordt_west, 6, 1,
                                             &ozhz, 1, "Café De Kroon");
  g_autoptr(OndControl) centre = make_control (0, "2023-01-20", "seks_vergund",
                                               area_id (f, "Binnenstad"), 2, 0, NULL, 0,
                                               NULL);
  gint64 case_id = new_case (f, "2024-02-02", "Anna Bakker");
  g_autofree char *reference = sql_text (f->path, "SELECT reference FROM case_file WHERE id = ?",
                                         case_id);
  g_autoptr(OndMeasure) measure = ond_measure_new (0, "2024-02-10", "sluiting", NULL,
                                                   "harddrugs", NULL, "Art. 13b Opiumwet", 0,
                                                   NULL, case_id, NULL);
  g_autoptr(OndStopTalk) stop_talk = ond_stop_talk_new (0, "2023-09-09", "Autohandel", TRUE, 0,
                                                        NULL);
  g_autoptr(OndActivity) activity = ond_activity_new (0, "2023-10-10", "bewustwording", NULL,
                                                      theme_id (f, "Mensenhandel"), NULL, 0,
                                                      NULL, 0, NULL, "Week tegen mensenhandel");
  g_autoptr(GListModel) controls = NULL;
  g_autoptr(GListModel) measures = NULL;
  g_autoptr(GListModel) stop_talks = NULL;
  g_autoptr(GListModel) activities = NULL;

  g_assert_no_error (error);
  add_control (f, west);
  add_control (f, centre);
  g_assert_cmpint (ond_store_save_measure (f->store, measure, OND_REGISTER_FLAGS_NONE, &error),
                   >, 0);
  g_assert_cmpint (ond_store_save_stop_talk (f->store, stop_talk, OND_REGISTER_FLAGS_NONE,
                                             &error), >, 0);
  g_assert_cmpint (ond_store_save_activity (f->store, activity, OND_REGISTER_FLAGS_NONE,
                                            &error), >, 0);
  g_assert_no_error (error);

  controls = list_controls (f);
  g_assert_cmpuint (count_matches (controls, "dordt"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "DORDT-WEST"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "03-05-2024"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "2024-05-03"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "cafe de kroon"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "ozhz"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "integrale"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "binnenstad"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "seksbranche"), ==, 1);
  g_assert_cmpuint (count_matches (controls, "-20"), ==, 2);
  g_assert_cmpuint (count_matches (controls, "wielwijk"), ==, 0);
  g_assert_cmpuint (count_matches (controls, "05-03-2024"), ==, 0);

  measures = list_measures (f);
  g_assert_cmpuint (count_matches (measures, "13B OPIUMWET"), ==, 1);
  g_assert_cmpuint (count_matches (measures, reference), ==, 1);
  g_assert_cmpuint (count_matches (measures, "harddrugs"), ==, 1);
  g_assert_cmpuint (count_matches (measures, "10-02-2024"), ==, 1);
  g_assert_cmpuint (count_matches (measures, "bakker"), ==, 0);

  stop_talks = list_stop_talks (f);
  g_assert_cmpuint (count_matches (stop_talks, "autohandel"), ==, 1);
  g_assert_cmpuint (count_matches (stop_talks, "09-09-2023"), ==, 1);
  g_assert_cmpuint (count_matches (stop_talks, "makelaar"), ==, 0);

  activities = list_activities (f);
  g_assert_cmpuint (count_matches (activities, "bewustwordingsbijeenkomst"), ==, 1);
  g_assert_cmpuint (count_matches (activities, "WEEK TEGEN"), ==, 1);
  g_assert_cmpuint (count_matches (activities, "mensenhandel"), ==, 1);
  g_assert_cmpuint (count_matches (activities, "10-10-2023"), ==, 1);
  g_assert_cmpuint (count_matches (activities, "drugs"), ==, 0);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/registers/control/add-list", test_control_add_list);
  ADD_TEST ("/ond/registers/control/bounds", test_control_bounds);
  ADD_TEST ("/ond/registers/control/bad-input", test_control_bad_input);
  ADD_TEST ("/ond/registers/control/edit", test_control_edit);
  ADD_TEST ("/ond/registers/control/delete-restore", test_control_delete_restore);
  ADD_TEST ("/ond/registers/period", test_period);
  ADD_TEST ("/ond/registers/measure", test_measure);
  ADD_TEST ("/ond/registers/measure/bad-input", test_measure_bad_input);
  ADD_TEST ("/ond/registers/stop-talk", test_stop_talk);
  ADD_TEST ("/ond/registers/activity", test_activity);
  ADD_TEST ("/ond/registers/read-only", test_read_only);
  ADD_TEST ("/ond/registers/search", test_search);

  return g_test_run ();
}
