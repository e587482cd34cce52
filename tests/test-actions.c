/* test-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the actions of the seeded plan through the store (ond-store-actions.h), checked
 * with plain SQL from outside the store: adding at the end of a group, changing, the status,
 * moving within the group with dense positions, progress notes, linked planning rows, and a
 * delete that Undo puts back as it was. Every refusal names its field and writes nothing.
 *
 * Counted from the plan (section 3.2): pillar 2 has 10 actions in three groups, ids 3-5
 * "Bewustwording in de organisatie", 6-9 "Informatiepositie en informatiebeveiliging",
 * 10-12 "Beleid en handhaving". The Fraude theme (pillar 1) has actions 46 and 47. */

#include "config.h"

#include <string.h>

#include "ond-plan.h"
#include "ond-store-actions.h"
#include "test-case-util.h"

#define AWARENESS "Bewustwording in de organisatie"
#define POLICY "Beleid en handhaving"

/* Every row of the tables an action change may write, as text. */
static char *
action_tables (Fixture *f)
{
  g_autofree char *actions = sql_rows (f->path, "SELECT * FROM action ORDER BY id");
  g_autofree char *progress = sql_rows (f->path, "SELECT * FROM action_progress ORDER BY id");
  g_autofree char *links = sql_rows (f->path, "SELECT * FROM action_plan_item"
                                              " ORDER BY action_id, plan_item_id");

  return g_strconcat (actions, "--\n", progress, "--\n", links, NULL);
}

static void
assert_sql_text (Fixture    *f,
                 const char *sql,
                 gint64      param,
                 const char *expected)
{
  g_autofree char *text = sql_text (f->path, sql, param);

  g_assert_cmpstr (text, ==, expected);
}

static gint64
pillar (Fixture *f,
        int      number)
{
  return sql_int (f->path, "SELECT id FROM pillar WHERE plan_id = 1 AND number = ?", number);
}

/* The ids of a pillar's actions in the window's order, and their positions. */
static char *
order_of (Fixture *f,
          int      number)
{
  return sql_list (f->path,
                   "SELECT a.id FROM action a JOIN pillar p ON p.id = a.pillar_id"
                   " LEFT JOIN theme t ON t.id = a.theme_id WHERE p.number = ?"
                   " ORDER BY a.theme_id IS NOT NULL, t.position, t.id, a.position, a.id",
                   number, ",");
}

static char *
positions_of (Fixture *f,
              int      number)
{
  return sql_list (f->path,
                   "SELECT a.position FROM action a JOIN pillar p ON p.id = a.pillar_id"
                   " LEFT JOIN theme t ON t.id = a.theme_id WHERE p.number = ?"
                   " ORDER BY a.theme_id IS NOT NULL, t.position, t.id, a.position, a.id",
                   number, ",");
}

static OndActionFields
fields_for (Fixture    *f,
            int         number,
            const char *heading,
            const char *text)
{
  return (OndActionFields) { pillar (f, number), 0, heading, text, NULL, 0, NULL, 0 };
}

static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  OndActionFields fields = fields_for (f, 2, AWARENESS, "  Een e-learning over ondermijning.  ");
  g_autofree char *order = NULL;
  g_autofree char *positions = NULL;
  g_autofree char *expected = NULL;
  gint64 id, other, fraud;

  id = ond_store_add_action (f->store, 1, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 51);

  /* At the end of its group, before the next group; the pillar is numbered 1 to 11. */
  order = order_of (f, 2);
  expected = g_strdup_printf ("3,4,5,%" G_GINT64_FORMAT ",6,7,8,9,10,11,12", id);
  g_assert_cmpstr (order, ==, expected);
  positions = positions_of (f, 2);
  g_assert_cmpstr (positions, ==, "1,2,3,4,5,6,7,8,9,10,11");
  assert_sql_text (f, "SELECT text || '|' || status || '|' || group_heading || '|'"
                      " || CASE WHEN theme_id IS NULL THEN 1 ELSE 0 END"
                      " || CASE WHEN owner_id IS NULL THEN 1 ELSE 0 END FROM action WHERE id = ?",
                   id, "Een e-learning over ondermijning.|gepland|" AWARENESS "|11");

  /* A new group goes after the pillar's other groups. */
  fields = fields_for (f, 2, "Nieuwe groep", "Iets nieuws");
  fields.status = "lopend";
  fields.owner_id = partner_id (f, "Veiligheid");
  other = ond_store_add_action (f->store, 1, &fields, &error);
  g_assert_no_error (error);
  g_free (order);
  order = order_of (f, 2);
  g_free (expected);
  expected = g_strdup_printf (",12,%" G_GINT64_FORMAT, other);
  g_assert_true (g_str_has_suffix (order, expected));
  g_assert_cmpint (sql_int (f->path, "SELECT owner_id FROM action WHERE id = ?", other),
                   ==, partner_id (f, "Veiligheid"));

  /* A theme's action goes to the end of that theme's block in pillar 1. */
  fields = fields_for (f, 1, "Fraude", "Zorgfraude in beeld");
  fields.theme_id = theme_id (f, "Fraude");
  fraud = ond_store_add_action (f->store, 1, &fields, &error);
  g_assert_no_error (error);
  g_free (order);
  order = order_of (f, 1);
  g_free (expected);
  expected = g_strdup_printf (",46,47,%" G_GINT64_FORMAT ",48,", fraud);
  g_assert_nonnull (strstr (order, expected));
  g_free (positions);
  positions = positions_of (f, 1);
  g_assert_cmpstr (positions, ==, "1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,"
                                  "23,24,25,26,27,28,29,30");
}

static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const gint64 links[] = { 23, 2 };
  OndActionFields fields = fields_for (f, 2, AWARENESS, "Een interne training (herzien).");
  g_autofree char *order = NULL;
  g_autofree char *ids = NULL;
  g_autofree char *expected = NULL;

  fields.status = "gereed";
  fields.owner_id = partner_id (f, "Communicatie");
  fields.plan_item_ids = links;
  fields.n_plan_items = G_N_ELEMENTS (links);
  g_assert_true (ond_store_update_action (f->store, 3, &fields, &error));
  g_assert_no_error (error);
  expected = g_strdup_printf ("Een interne training (herzien).|gereed|%" G_GINT64_FORMAT,
                              partner_id (f, "Communicatie"));
  assert_sql_text (f, "SELECT text || '|' || status || '|' || owner_id FROM action WHERE id = ?",
                   3, expected);
  ids = sql_list (f->path, "SELECT plan_item_id FROM action_plan_item WHERE action_id = ?"
                           " ORDER BY plan_item_id", 3, ",");
  g_assert_cmpstr (ids, ==, "2,23");
  /* Same group: same place. */
  order = order_of (f, 2);
  g_assert_cmpstr (order, ==, "3,4,5,6,7,8,9,10,11,12");

  /* To another group: at its end; and to another pillar: the old one closes up. */
  fields = fields_for (f, 2, POLICY, "Een interne training (herzien).");
  g_assert_true (ond_store_update_action (f->store, 3, &fields, &error));
  g_free (order);
  order = order_of (f, 2);
  g_assert_cmpstr (order, ==, "4,5,6,7,8,9,10,11,12,3");
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action_plan_item"
                                     " WHERE action_id = ?", 3), ==, 0);

  fields = fields_for (f, 3, "Preventieve inzet", "Een interne training (herzien).");
  g_assert_true (ond_store_update_action (f->store, 3, &fields, &error));
  g_assert_no_error (error);
  g_free (order);
  order = order_of (f, 2);
  g_assert_cmpstr (order, ==, "4,5,6,7,8,9,10,11,12");
  g_free (order);
  order = positions_of (f, 2);
  g_assert_cmpstr (order, ==, "1,2,3,4,5,6,7,8,9");
  g_free (order);
  order = order_of (f, 3);
  g_assert_true (g_str_has_suffix (order, "21,22,23,24,3"));
}

static void
test_status (Fixture       *f,
             gconstpointer  data)
{
  const char *statuses[] = { "lopend", "gereed", "uitgesteld", "vervallen", "gepland" };
  g_autoptr(GError) error = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  for (guint i = 0; i < G_N_ELEMENTS (statuses); i++)
    {
      g_assert_true (ond_store_set_action_status (f->store, 10, statuses[i], &error));
      g_assert_no_error (error);
      assert_sql_text (f, "SELECT status FROM action WHERE id = ?", 10, statuses[i]);
    }

  before = action_tables (f);
  g_assert_false (ond_store_set_action_status (f->store, 10, "klaar", &error));
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_false (ond_store_set_action_status (f->store, 10, "", &error));
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_STATUS);
  g_clear_error (&error);
  g_assert_false (ond_store_set_action_status (f->store, 9999, "gereed", &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  after = action_tables (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gboolean can;

  g_assert_true (ond_store_move_action (f->store, 7, -1, &error));
  g_assert_no_error (error);
  order = order_of (f, 2);
  g_assert_cmpstr (order, ==, "3,4,5,7,6,8,9,10,11,12");
  g_free (order);
  order = positions_of (f, 2);
  g_assert_cmpstr (order, ==, "1,2,3,4,5,6,7,8,9,10");

  g_assert_true (ond_store_move_action (f->store, 7, 1, &error));
  g_assert_true (ond_store_move_action (f->store, 7, 1, &error));
  g_assert_no_error (error);
  g_free (order);
  order = order_of (f, 2);
  g_assert_cmpstr (order, ==, "3,4,5,6,8,7,9,10,11,12");

  /* The first of a group does not move into the group above; the last not below. */
  g_assert_true (ond_store_can_move_action (f->store, 6, -1, &can, &error));
  g_assert_false (can);
  g_assert_true (ond_store_can_move_action (f->store, 6, 1, &can, &error));
  g_assert_true (can);
  g_assert_true (ond_store_can_move_action (f->store, 12, 1, &can, &error));
  g_assert_false (can);
  before = action_tables (f);
  g_assert_false (ond_store_move_action (f->store, 6, -1, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  g_assert_false (ond_store_move_action (f->store, 12, 1, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
  /* A theme's actions stay in its block: 46 is the first of Fraude. */
  g_assert_false (ond_store_move_action (f->store, 46, -1, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  after = action_tables (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_progress (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) notes = NULL;
  g_autoptr(GListModel) actions = NULL;
  g_autoptr(OndActionProgress) newest = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *tomorrow = day_from_now (1);
  const char *who = g_get_real_name ();
  gint64 first, second;

  first = ond_store_add_action_progress (f->store, 11, "12-03-2024", " APV aangepast. ", &error);
  g_assert_no_error (error);
  second = ond_store_add_action_progress (f->store, 11, "2024-09-01", "Raadsvoorstel", &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, "2024-05-01", "Tussenstand",
                                                  &error), >, second);
  g_assert_cmpint (first, <, second);
  assert_sql_text (f, "SELECT date || '|' || note FROM action_progress WHERE id = ?", first,
                   "2024-03-12|APV aangepast.");
  if (who == NULL || *who == '\0' || g_strcmp0 (who, "Unknown") == 0)
    who = g_get_user_name ();
  assert_sql_text (f, "SELECT who FROM action_progress WHERE id = ?", first, who);

  /* Newest date first; the list of actions shows the newest. */
  notes = ond_store_list_action_progress (f->store, 11, &error);
  g_assert_cmpuint (g_list_model_get_n_items (notes), ==, 3);
  newest = g_list_model_get_item (notes, 0);
  g_assert_cmpstr (ond_action_progress_get_note (newest), ==, "Raadsvoorstel");
  actions = ond_store_list_actions (f->store, 1, &error);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OndAction) action = g_list_model_get_item (actions, i);

      if (ond_action_get_id (action) == 11)
        {
          g_assert_cmpstr (ond_action_get_latest_progress_date (action), ==, "2024-09-01");
          g_assert_cmpstr (ond_action_get_latest_progress_note (action), ==, "Raadsvoorstel");
        }
      else if (ond_action_get_id (action) == 12)
        g_assert_null (ond_action_get_latest_progress_note (action));
    }

  before = action_tables (f);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, "01-06-2024", "  ", &error), ==, 0);
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_NOTE);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, "", "Iets", &error), ==, 0);
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, "31-02-2024", "Iets", &error),
                   ==, 0);
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, "gisteren", "Iets", &error),
                   ==, 0);
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, tomorrow, "Iets", &error), ==, 0);
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 11, "1999-12-31", "Iets", &error),
                   ==, 0);
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_DATE);
  g_clear_error (&error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 9999, "2024-01-01", "Iets", &error),
                   ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  after = action_tables (f);
  g_assert_cmpstr (before, ==, after);
}

/* A second plan beside the seeded one, with a pillar, a theme and a planning row. */
static void
add_other_plan (Fixture *f)
{
  sql_exec (f->path,
            "INSERT INTO plan (id, title, first_year, last_year, state)"
            " VALUES (2, 'Uitvoeringsplan ondermijning 2025-2026', 2025, 2026, 'draft');"
            "INSERT INTO pillar (id, plan_id, number, name) VALUES (90, 2, 1, 'Pijler 1');"
            "INSERT INTO theme (id, plan_id, position, name) VALUES (90, 2, 1, 'Drugs');"
            "INSERT INTO plan_item (id, plan_id, year, period, position, what)"
            " VALUES (90, 2, 2025, 'Q1', 1, 'Opstellen planning');");
}

static void
assert_refused (Fixture                *f,
                gint64                  action_id,
                const OndActionFields  *fields,
                GQuark                  domain,
                int                     code)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *before = action_tables (f);
  g_autofree char *after = NULL;

  if (action_id == 0)
    g_assert_cmpint (ond_store_add_action (f->store, 1, fields, &error), ==, 0);
  else
    g_assert_false (ond_store_update_action (f->store, action_id, fields, &error));
  g_assert_error (error, domain, code);
  g_assert_cmpstr (error->message, !=, "");
  after = action_tables (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_refusals (Fixture       *f,
               gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  const gint64 other_row[] = { 5, 90 };
  const gint64 no_row[] = { 12345 };
  OndActionFields fields;

  add_other_plan (f);
  for (int pass = 0; pass < 2; pass++)
    {
      gint64 id = pass == 0 ? 0 : 4;

      fields = fields_for (f, 2, AWARENESS, "   ");
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_TEXT);
      fields = fields_for (f, 2, AWARENESS, "Tekst");
      fields.pillar_id = 90;
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_PILLAR);
      fields.pillar_id = 0;
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_PILLAR);
      fields = fields_for (f, 2, AWARENESS, "Tekst");
      fields.theme_id = 90;
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_THEME);
      fields = fields_for (f, 2, AWARENESS, "Tekst");
      fields.status = "klaar";
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_STATUS);
      fields = fields_for (f, 2, AWARENESS, "Tekst");
      fields.owner_id = 9999;
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER);
      fields = fields_for (f, 2, AWARENESS, "Tekst");
      fields.plan_item_ids = other_row;
      fields.n_plan_items = G_N_ELEMENTS (other_row);
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_ITEM);
      fields.plan_item_ids = no_row;
      fields.n_plan_items = G_N_ELEMENTS (no_row);
      assert_refused (f, id, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_PLAN_ITEM);
    }
  fields = fields_for (f, 2, AWARENESS, "Tekst");
  assert_refused (f, 9999, &fields, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);

  /* A retired partner is not given an action anew; the one it owns keeps it through a
   * change of its text. */
  fields = fields_for (f, 2, AWARENESS, "Tekst");
  fields.owner_id = partner_id (f, "Motus");
  g_assert_true (ond_store_update_action (f->store, 4, &fields, &error));
  g_assert_no_error (error);
  sql_exec (f->path, "UPDATE partner SET retired = 1 WHERE short_name = 'Motus'");
  assert_refused (f, 0, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER);
  assert_refused (f, 5, &fields, OND_PLAN_ERROR, OND_PLAN_ERROR_OWNER);
  fields.text = "Tekst, herzien";
  g_assert_true (ond_store_update_action (f->store, 4, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT owner_id FROM action WHERE id = ?", 4),
                   ==, partner_id (f, "Motus"));
}

static void
test_delete_restore (Fixture       *f,
                     gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndAction) copy = NULL;
  const gint64 links[] = { 20, 11 };
  OndActionFields fields = fields_for (f, 3, "Het vergroten van kennis over ondermijnende "
                                       "criminaliteit", "Het inzetten van voorlichting.");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *order = NULL;

  fields.status = "lopend";
  fields.owner_id = partner_id (f, "Communicatie");
  fields.plan_item_ids = links;
  fields.n_plan_items = G_N_ELEMENTS (links);
  g_assert_true (ond_store_update_action (f->store, 14, &fields, &error));
  g_assert_no_error (error);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 14, "2023-09-14", "Bijeenkomst",
                                                  &error), >, 0);
  g_assert_cmpint (ond_store_add_action_progress (f->store, 14, "2024-02-01", "Evaluatie",
                                                  &error), >, 0);
  g_assert_no_error (error);
  before = action_tables (f);

  copy = ond_store_dup_action (f->store, 14, &error);
  g_assert_no_error (error);
  g_assert_cmpint (ond_action_get_position (copy), ==, 2);
  g_assert_cmpuint (ond_action_get_n_plan_items (copy), ==, 2);
  g_assert_cmpuint (g_list_model_get_n_items (ond_action_get_progress (copy)), ==, 2);
  g_assert_cmpstr (ond_action_get_latest_progress_note (copy), ==, "Evaluatie");

  g_assert_true (ond_store_delete_action (f->store, 14, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action WHERE id = ?", 14), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action_progress"
                                     " WHERE action_id = ?", 14), ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM action_plan_item"
                                     " WHERE action_id = ?", 14), ==, 0);
  order = positions_of (f, 3);
  g_assert_cmpstr (order, ==, "1,2,3,4,5,6,7,8,9,10,11");

  g_assert_cmpint (ond_store_restore_action (f->store, 1, copy, &error), ==, 14);
  g_assert_no_error (error);
  after = action_tables (f);
  g_assert_cmpstr (before, ==, after);

  /* Its id is taken now: a second restore is refused and writes nothing. */
  g_assert_cmpint (ond_store_restore_action (f->store, 1, copy, &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_free (after);
  after = action_tables (f);
  g_assert_cmpstr (before, ==, after);
}

static void
test_links_listed (Fixture       *f,
                   gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) actions = NULL;
  const gint64 links[] = { 31, 22, 27 };
  OndActionFields fields = fields_for (f, 1, "Drugs", "Het ontmantelen van hennepkwekerijen.");
  gboolean seen = FALSE;

  fields.theme_id = theme_id (f, "Drugs");
  fields.plan_item_ids = links;
  fields.n_plan_items = G_N_ELEMENTS (links);
  g_assert_true (ond_store_update_action (f->store, 25, &fields, &error));
  g_assert_no_error (error);

  actions = ond_store_list_actions (f->store, 1, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (actions), ==, 51);
  for (guint i = 0; i < g_list_model_get_n_items (actions); i++)
    {
      g_autoptr(OndAction) action = g_list_model_get_item (actions, i);
      guint n;
      const gint64 *ids = ond_action_get_plan_item_ids (action, &n);

      if (ond_action_get_id (action) != 25)
        {
          g_assert_cmpuint (n, ==, 0);
          continue;
        }
      seen = TRUE;
      /* In the planning's order: 2023 doorlopend, 2024 Q1, 2024 doorlopend. */
      g_assert_cmpuint (n, ==, 3);
      g_assert_cmpint (ids[0], ==, 22);
      g_assert_cmpint (ids[1], ==, 27);
      g_assert_cmpint (ids[2], ==, 31);
      g_assert_true (ond_action_has_plan_item (action, 27));
      g_assert_false (ond_action_has_plan_item (action, 28));
    }
  g_assert_true (seen);
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/actions/add", test_add);
  ADD_TEST ("/ond/actions/update", test_update);
  ADD_TEST ("/ond/actions/status", test_status);
  ADD_TEST ("/ond/actions/move", test_move);
  ADD_TEST ("/ond/actions/progress", test_progress);
  ADD_TEST ("/ond/actions/refusals", test_refusals);
  ADD_TEST ("/ond/actions/delete-restore", test_delete_restore);
  ADD_TEST ("/ond/actions/links-listed", test_links_listed);

  return g_test_run ();
}
