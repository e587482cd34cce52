/* test-register-conflict-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ond-test-util.h"
#include "test-register-conflict-util.h"

gint64
save_record (OndStore  *store,
             GObject   *record,
             GError   **error)
{
  if (OND_IS_CONTROL (record))
    return ond_store_save_control (store, OND_CONTROL (record), OND_REGISTER_FLAGS_NONE, error);
  if (OND_IS_MEASURE (record))
    return ond_store_save_measure (store, OND_MEASURE (record), OND_REGISTER_FLAGS_NONE, error);
  if (OND_IS_STOP_TALK (record))
    return ond_store_save_stop_talk (store, OND_STOP_TALK (record), OND_REGISTER_FLAGS_NONE,
                                     error);
  return ond_store_save_activity (store, OND_ACTIVITY (record), OND_REGISTER_FLAGS_NONE, error);
}

gboolean
delete_record (OndStore  *store,
               GObject   *record,
               GError   **error)
{
  gint64 id = 0;

  g_object_get (record, "id", &id, NULL);
  if (OND_IS_CONTROL (record))
    return ond_store_delete_control (store, id, error);
  if (OND_IS_MEASURE (record))
    return ond_store_delete_measure (store, id, error);
  if (OND_IS_STOP_TALK (record))
    return ond_store_delete_stop_talk (store, id, error);
  return ond_store_delete_activity (store, id, error);
}

gint64
restore_record (OndStore  *store,
                GObject   *record,
                GError   **error)
{
  if (OND_IS_CONTROL (record))
    return ond_store_restore_control (store, OND_CONTROL (record), error);
  if (OND_IS_MEASURE (record))
    return ond_store_restore_measure (store, OND_MEASURE (record), error);
  if (OND_IS_STOP_TALK (record))
    return ond_store_restore_stop_talk (store, OND_STOP_TALK (record), error);
  return ond_store_restore_activity (store, OND_ACTIVITY (record), error);
}

gint64
id_of (GObject *record)
{
  gint64 id = 0;

  g_object_get (record, "id", &id, NULL);
  return id;
}

gint64
row_version_of (GObject *record)
{
  gint64 version = -1;

  g_object_get (record, "row-version", &version, NULL);
  return version;
}

void
set_row_version (gpointer record,
                 gint64   version)
{
  if (OND_IS_CONTROL (record))
    ond_control_set_row_version (record, version);
  else if (OND_IS_MEASURE (record))
    ond_measure_set_row_version (record, version);
  else if (OND_IS_STOP_TALK (record))
    ond_stop_talk_set_row_version (record, version);
  else
    ond_activity_set_row_version (record, version);
}

/* Gives @edit (transfer full) the row version of @opened: an edit of the record read then. */
static GObject *
as_edit_of (gpointer  edit,
            GObject  *opened)
{
  set_row_version (edit, row_version_of (opened));
  return edit;
}

GObject *
read_record (OndStore *store,
             GType     type,
             gint64    id)
{
  g_autoptr(GError) error = NULL;
  GObject *record = ond_store_get_register_record (store, type, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (record);
  return record;
}

char *
row_state (Fixture    *f,
           const char *table,
           gint64      id)
{
  g_autofree char *sql = g_strdup_printf ("SELECT * FROM %s WHERE id = ?", table);
  g_autofree char *row = sql_rows_for (f->path, sql, id);
  g_autofree char *partners = sql_rows_for (f->path, "SELECT partner_id FROM control_partner"
                                                     " WHERE control_id = ? ORDER BY partner_id",
                                            g_str_equal (table, "control") ? id : 0);

  return g_strdup_printf ("%s\npartners=%s\naccess_log=%" G_GINT64_FORMAT, row, partners,
                          sql_int (f->path, "SELECT count(*) FROM access_log WHERE 0 = ?", 0));
}

static GObject *
saved (Fixture *f,
       gpointer record)
{
  g_autoptr(GError) error = NULL;
  gint64 id = save_record (f->store, record, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return read_record (f->store, G_OBJECT_TYPE (record), id);
}

/* A label of @table's vocabulary, as the form shows it. */
static char *
label_of (Fixture    *f,
          const char *table,
          const char *code)
{
  g_autofree char *sql = g_strdup_printf ("SELECT label FROM %s WHERE code = '%s' AND 0 = ?",
                                          table, code);

  return sql_text (f->path, sql, 0);
}

static void
assert_change (GPtrArray  *changes,
               guint       i,
               const char *field,
               const char *label,
               const char *theirs,
               const char *mine,
               gboolean    mine_changed)
{
  OndCaseChange *change;

  g_assert_cmpuint (i, <, changes->len);
  change = g_ptr_array_index (changes, i);
  g_assert_cmpstr (change->field, ==, field);
  g_assert_cmpstr (change->label, ==, label);
  g_assert_cmpstr (change->theirs, ==, theirs);
  g_assert_cmpstr (change->mine, ==, mine);
  g_assert_cmpint (change->mine_changed, ==, mine_changed);
}

/* Controls: the other client moves the date, sets the area and the partners present; the
 * user writes a note. */

static GObject *
control_add (Fixture *f)
{
  return saved (f, ond_control_new (0, "2024-03-12", "integraal", NULL, 0, NULL, 6, 2, NULL, 0,
                                    NULL, "Eerste ronde"));
}

static GObject *
control_theirs (Fixture *f,
                GObject *opened)
{
  OndControl *control = OND_CONTROL (opened);
  gint64 partners[] = { partner_id (f, "OZHZ"), partner_id (f, "Politie") };

  return as_edit_of (ond_control_new (id_of (opened), "2024-03-14",
                                      ond_control_get_kind (control), NULL,
                                      area_id (f, "Crabbehof"), NULL,
                                      ond_control_get_businesses (control),
                                      ond_control_get_signals (control), partners,
                                      G_N_ELEMENTS (partners), NULL,
                                      ond_control_get_note (control)),
                     opened);
}

static GObject *
control_mine (Fixture *f,
              GObject *opened)
{
  OndControl *control = OND_CONTROL (opened);
  guint n_partners = 0;
  const gint64 *partners = ond_control_get_partner_ids (control, &n_partners);

  return as_edit_of (ond_control_new (id_of (opened), ond_control_get_date (control),
                                      ond_control_get_kind (control), NULL,
                                      ond_control_get_area_id (control), NULL,
                                      ond_control_get_businesses (control),
                                      ond_control_get_signals (control), partners, n_partners,
                                      NULL, "  Nagekomen signaal  "),
                     opened);
}

static void
control_expect (Fixture   *f,
                GObject   *opened,
                GPtrArray *changes)
{
  g_autofree char *partners = sql_list (f->path, "SELECT short_name FROM partner"
                                                 " WHERE short_name IN ('OZHZ', 'Politie')"
                                                 " AND 0 = ? ORDER BY position, id", 0, ", ");

  g_assert_cmpuint (changes->len, ==, 3);
  assert_change (changes, 0, "date", "Date", "14-03-2024", "12-03-2024", FALSE);
  assert_change (changes, 1, "area-id", "Area", "Crabbehof", "No area", FALSE);
  assert_change (changes, 2, "partners", "Partners present", partners, "None chosen", FALSE);
}

/* Measures: the other client changes the kind and links a case; the user writes the legal
 * basis. */

static GObject *
measure_add (Fixture *f)
{
  return saved (f, ond_measure_new (0, "2024-04-02", "waarschuwing", NULL, "softdrugs", NULL,
                                    "", area_id (f, "Crabbehof"), NULL, 0, NULL));
}

static GObject *
measure_theirs (Fixture *f,
                GObject *opened)
{
  OndMeasure *measure = OND_MEASURE (opened);
  gint64 case_id = new_case (f, "2024-03-20", "Piet Jansen");

  return as_edit_of (ond_measure_new (id_of (opened), ond_measure_get_date (measure), "sluiting",
                                      NULL, ond_measure_get_domain (measure), NULL,
                                      ond_measure_get_legal_basis (measure),
                                      ond_measure_get_area_id (measure), NULL, case_id, NULL),
                     opened);
}

static GObject *
measure_mine (Fixture *f,
              GObject *opened)
{
  OndMeasure *measure = OND_MEASURE (opened);

  return as_edit_of (ond_measure_new (id_of (opened), ond_measure_get_date (measure),
                                      ond_measure_get_kind (measure), NULL,
                                      ond_measure_get_domain (measure), NULL,
                                      "art. 13b Opiumwet", ond_measure_get_area_id (measure),
                                      NULL, ond_measure_get_case_id (measure), NULL),
                     opened);
}

static void
measure_expect (Fixture   *f,
                GObject   *opened,
                GPtrArray *changes)
{
  g_autofree char *before = label_of (f, "measure_kind", "waarschuwing");
  g_autofree char *closure = label_of (f, "measure_kind", "sluiting");
  g_autofree char *reference = sql_text (f->path, "SELECT reference FROM case_file"
                                                  " WHERE id = (SELECT max(id) FROM case_file)"
                                                  " AND 0 = ?", 0);

  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, "kind", "Kind", closure, before, FALSE);
  assert_change (changes, 1, "case-id", "Case reference", reference, "", FALSE);
}

/* Stop talks: the other client changes the branch and the outcome; the user changes the
 * branch too, and the area. */

static GObject *
stop_talk_add (Fixture *f)
{
  return saved (f, ond_stop_talk_new (0, "2024-05-06", "Autobranche", FALSE, 0, NULL));
}

static GObject *
stop_talk_theirs (Fixture *f,
                  GObject *opened)
{
  OndStopTalk *stop_talk = OND_STOP_TALK (opened);

  return as_edit_of (ond_stop_talk_new (id_of (opened), ond_stop_talk_get_date (stop_talk),
                                        "Vastgoed", TRUE, ond_stop_talk_get_area_id (stop_talk),
                                        NULL),
                     opened);
}

static GObject *
stop_talk_mine (Fixture *f,
                GObject *opened)
{
  OndStopTalk *stop_talk = OND_STOP_TALK (opened);

  return as_edit_of (ond_stop_talk_new (id_of (opened), ond_stop_talk_get_date (stop_talk),
                                        "Accountancy", ond_stop_talk_get_maatwerk (stop_talk),
                                        area_id (f, "Binnenstad"), NULL),
                     opened);
}

static void
stop_talk_expect (Fixture   *f,
                  GObject   *opened,
                  GPtrArray *changes)
{
  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, "branch", "Branch", "Vastgoed", "Accountancy", TRUE);
  assert_change (changes, 1, "maatwerk", "Tailored solution", "Yes", "No", FALSE);
}

/* Activities: the other client sets the theme and the planning row; the user writes a
 * note. */

static GObject *
activity_add (Fixture *f)
{
  return saved (f, ond_activity_new (0, "2024-06-10", "drugsactie", NULL, 0, NULL, 0, NULL,
                                     area_id (f, "Crabbehof"), NULL, ""));
}

static GObject *
activity_theirs (Fixture *f,
                 GObject *opened)
{
  OndActivity *activity = OND_ACTIVITY (opened);

  return as_edit_of (ond_activity_new (id_of (opened), ond_activity_get_date (activity),
                                       ond_activity_get_kind (activity), NULL,
                                       theme_id (f, "Drugs"), NULL, first_plan_item (f), NULL,
                                       ond_activity_get_area_id (activity), NULL,
                                       ond_activity_get_note (activity)),
                     opened);
}

static GObject *
activity_mine (Fixture *f,
               GObject *opened)
{
  OndActivity *activity = OND_ACTIVITY (opened);

  return as_edit_of (ond_activity_new (id_of (opened), ond_activity_get_date (activity),
                                       ond_activity_get_kind (activity), NULL,
                                       ond_activity_get_theme_id (activity), NULL,
                                       ond_activity_get_plan_item_id (activity), NULL,
                                       ond_activity_get_area_id (activity), NULL,
                                       "Veertig woningen bezocht"),
                     opened);
}

static void
activity_expect (Fixture   *f,
                 GObject   *opened,
                 GPtrArray *changes)
{
  g_autofree char *row = sql_text (f->path, "SELECT i.year || ' · ' || d.label || ' · ' || i.what"
                                            " FROM plan_item AS i"
                                            " JOIN period AS d ON d.code = i.period"
                                            " WHERE i.id = ?", first_plan_item (f));

  g_assert_cmpuint (changes->len, ==, 2);
  assert_change (changes, 0, "theme-id", "Theme", "Drugs", "No theme", FALSE);
  assert_change (changes, 1, "plan-item-id", "Planning row", row, "No planning row", FALSE);
}

const Register registers[N_REGISTERS] = {
  { "control", ond_control_get_type, control_add, control_theirs, control_mine, control_expect,
    "SELECT note FROM control WHERE id = ?", "Nagekomen signaal",
    "SELECT date FROM control WHERE id = ?", "2024-03-14" },
  { "measure", ond_measure_get_type, measure_add, measure_theirs, measure_mine, measure_expect,
    "SELECT legal_basis FROM measure WHERE id = ?", "art. 13b Opiumwet",
    "SELECT kind FROM measure WHERE id = ?", "sluiting" },
  { "stop_talk", ond_stop_talk_get_type, stop_talk_add, stop_talk_theirs, stop_talk_mine,
    stop_talk_expect, "SELECT branch FROM stop_talk WHERE id = ?", "Accountancy",
    "SELECT CASE WHEN maatwerk = 1 THEN 'ja' ELSE 'nee' END FROM stop_talk WHERE id = ?",
    "ja" },
  { "activity", ond_activity_get_type, activity_add, activity_theirs, activity_mine,
    activity_expect, "SELECT note FROM activity WHERE id = ?", "Veertig woningen bezocht",
    "SELECT name FROM theme WHERE id = (SELECT theme_id FROM activity WHERE id = ?)",
    "Drugs" },
};
