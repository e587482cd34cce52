/* test-planning-conflict-partners.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Edits under concurrency (optimistic locking, issue 9, migration 10) of a partner and of an
 * explanation for the council: two clients (two stores on the same database: a file, or the
 * server database of the PostgreSQL run) open the same row; one saves, the other's save of the
 * edit it opened earlier is refused with OND_STORE_ERROR_CONFLICT and writes nothing (the row
 * and the access log compared with plain SQL); the differences list exactly what the first
 * changed; after reading it again the second save goes through. Retiring a partner counts as
 * a change, an unchecked change moves the version too, moving a partner does not; a row
 * deleted since is NOT_FOUND; a row put back after a delete keeps its version. Two people
 * writing the first explanation of a subject at once: the second is refused too. The planning
 * rows: test-planning-conflict.c. */

#include "config.h"

#include "ond-store-explanations.h"
#include "ond-store-partner-conflict.h"
#include "ond-test-util.h"
#include "test-case-util.h"

/* Partners. */

static OndPartner *
read_partner (OndStore *store,
              gint64    id)
{
  g_autoptr(GError) error = NULL;
  OndPartner *partner = ond_store_get_partner (store, id, &error);

  g_assert_no_error (error);
  g_assert_nonnull (partner);
  return partner;
}

static OndPartnerFields
partner_fields (OndPartner *partner)
{
  return (OndPartnerFields) {
    ond_partner_get_name (partner), ond_partner_get_short_name (partner),
    ond_partner_get_kind (partner), ond_partner_get_regiegroep (partner),
    ond_partner_get_contact_role (partner),
  };
}

static GPtrArray *
compare_partner (OndStore               *store,
                 OndPartner             *opened,
                 const OndPartnerFields *mine,
                 OndPartner             *current)
{
  g_autoptr(GError) error = NULL;
  GPtrArray *changes = ond_store_compare_partner_edit (store, opened, mine, current, &error);

  g_assert_no_error (error);
  g_assert_nonnull (changes);
  return changes;
}

/* A renames the partner; B's change of its contact role, opened before, is refused and
 * writes nothing; B sees that the name changed, reads it again and saves; moving the partner
 * leaves the version alone. */
static void
test_partner_two_clients (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndPartner) opened_a = NULL;
  g_autoptr(OndPartner) opened_b = NULL;
  g_autoptr(OndPartner) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  g_autofree char *old_name = NULL;
  gint64 id = partner_id (f, "Politie");
  gint64 version_a = 1, version_b = 1;
  OndPartnerFields mine_a, mine_b;
  OndCaseChange *change;

  g_assert_cmpint (table_row_version (f, "partner", id), ==, 1);
  opened_a = read_partner (f->store, id);
  opened_b = read_partner (other, id);
  g_assert_cmpint (ond_partner_get_row_version (opened_b), ==, 1);
  old_name = g_strdup (ond_partner_get_name (opened_b));

  mine_a = partner_fields (opened_a);
  mine_a.name = "Politie Zeeland-West-Brabant";
  g_assert_true (ond_store_save_partner_edit (f->store, id, &version_a, &mine_a, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_a, ==, 2);
  g_assert_cmpint (table_row_version (f, "partner", id), ==, 2);

  before = table_row_state (f, "partner", id);
  mine_b = partner_fields (opened_b);
  mine_b.contact_role = "Wijkagent";
  g_assert_false (ond_store_save_partner_edit (other, id, &version_b, &mine_b, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_b, ==, 1);
  after = table_row_state (f, "partner", id);
  g_assert_cmpstr (after, ==, before);

  current = read_partner (other, id);
  changes = compare_partner (other, opened_b, &mine_b, current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "name");
  g_assert_cmpstr (change->label, ==, "Name");
  g_assert_cmpstr (change->theirs, ==, "Politie Zeeland-West-Brabant");
  g_assert_cmpstr (change->mine, ==, old_name);
  g_assert_false (change->mine_changed);

  /* Moving it down changes its place only: a save against the version read goes through. */
  g_assert_true (ond_store_move_partner (f->store, id, 1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "partner", id), ==, 2);
  version_b = ond_partner_get_row_version (current);
  mine_b = partner_fields (current);
  mine_b.contact_role = "Wijkagent";
  g_assert_true (ond_store_save_partner_edit (other, id, &version_b, &mine_b, &error));
  g_assert_no_error (error);
  g_assert_cmpint (version_b, ==, 3);
  g_assert_cmpint (table_row_version (f, "partner", id), ==, 3);
  text = sql_text (f->path, "SELECT name || '/' || contact_role FROM partner WHERE id = ?", id);
  g_assert_cmpstr (text, ==, "Politie Zeeland-West-Brabant/Wijkagent");
}

/* Retiring a partner counts as a change (listed outside the form, without a value of the
 * user's); an unchecked change moves the version on too. */
static void
test_partner_retired (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndPartner) opened = NULL;
  g_autoptr(OndPartner) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 id = partner_id (f, "Politie");
  gint64 version = 1;
  OndPartnerFields mine;
  OndCaseChange *change;

  opened = read_partner (f->store, id);
  g_assert_true (ond_store_set_partner_retired (other, id, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "partner", id), ==, 2);

  before = table_row_state (f, "partner", id);
  mine = partner_fields (opened);
  mine.short_name = "Pol";
  g_assert_false (ond_store_save_partner_edit (f->store, id, &version, &mine, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  after = table_row_state (f, "partner", id);
  g_assert_cmpstr (after, ==, before);

  current = read_partner (f->store, id);
  changes = compare_partner (f->store, opened, &mine, current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "retired");
  g_assert_cmpstr (change->theirs, ==, "Yes");
  g_assert_null (change->mine);
  g_assert_false (change->mine_changed);

  g_assert_true (ond_store_update_partner (other, id, &mine, &error));
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "partner", id), ==, 3);
  version = 2;
  g_assert_false (ond_store_save_partner_edit (f->store, id, &version, &mine, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
}

/* Deleted by someone else: NOT_FOUND; put back (undo) with the version it had. */
static void
test_partner_deleted (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndPartner) opened = NULL;
  g_autoptr(OndPartner) deleted = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  OndPartnerFields fields = { "Stichting Conflict", "Conflict", "extern", FALSE, NULL };
  gint64 id, version = 1;

  id = ond_store_add_partner (f->store, &fields, &error);
  g_assert_no_error (error);
  opened = read_partner (f->store, id);
  g_assert_cmpint (ond_partner_get_row_version (opened), ==, 1);
  fields.contact_role = "Secretaris";
  g_assert_true (ond_store_update_partner (other, id, &fields, &error));
  g_assert_no_error (error);
  before = table_row_state (f, "partner", id);
  deleted = read_partner (other, id);
  g_assert_cmpint (ond_partner_get_row_version (deleted), ==, 2);
  g_assert_true (ond_store_delete_partner (other, id, &error));
  g_assert_no_error (error);

  g_assert_false (ond_store_save_partner_edit (f->store, id, &version, &fields, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_null (ond_store_get_partner (f->store, id, &error));
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);

  g_assert_cmpint (ond_store_restore_partner (other, deleted, &error), ==, id);
  g_assert_no_error (error);
  after = table_row_state (f, "partner", id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (table_row_version (f, "partner", id), ==, 2);
}

/* Explanations: the year explanation of the plan's first year. */

typedef struct
{
  gint64 plan_id;
  int    year;
} Subject;

static Subject
year_subject (Fixture *f)
{
  gint64 plan_id = sql_int (f->path, "SELECT min(id) FROM plan WHERE 0 = ?", 0);

  return (Subject) { plan_id, (int) sql_int (f->path, "SELECT first_year FROM plan WHERE id = ?",
                                             plan_id) };
}

static OndExplanation *
read_explanation (OndStore *store,
                  Subject   subject)
{
  g_autoptr(GError) error = NULL;
  OndExplanation *explanation = NULL;

  g_assert_true (ond_store_get_explanation (store, subject.plan_id, OND_EXPLANATION_YEAR, 0,
                                            subject.year, &explanation, &error));
  g_assert_no_error (error);
  return explanation;
}

static gint64
save_explanation (OndStore    *store,
                  Subject      subject,
                  gint64      *version,
                  const char  *text,
                  GError     **error)
{
  return ond_store_save_explanation_edit (store, subject.plan_id, OND_EXPLANATION_YEAR, 0,
                                          subject.year, version, text, error);
}

/* A changes the text; B's save of the text it opened before is refused and writes nothing;
 * B sees A's text, reads it again and saves; an unchecked set moves the version too. */
static void
test_explanation_two_clients (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndExplanation) opened_a = NULL;
  g_autoptr(OndExplanation) opened_b = NULL;
  g_autoptr(OndExplanation) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  g_autofree char *text = NULL;
  Subject subject = year_subject (f);
  gint64 id, version_a, version_b;
  OndCaseChange *change;

  id = ond_store_set_explanation (f->store, subject.plan_id, OND_EXPLANATION_YEAR, 0,
                                  subject.year, "Eerste tekst", &error);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "explanation", id), ==, 1);
  opened_a = read_explanation (f->store, subject);
  opened_b = read_explanation (other, subject);
  g_assert_cmpint (opened_b->row_version, ==, 1);
  version_a = opened_a->row_version;
  version_b = opened_b->row_version;

  g_assert_cmpint (save_explanation (f->store, subject, &version_a, "Tekst van A", &error), ==,
                   id);
  g_assert_no_error (error);
  g_assert_cmpint (version_a, ==, 2);
  g_assert_cmpint (table_row_version (f, "explanation", id), ==, 2);

  before = table_row_state (f, "explanation", id);
  g_assert_cmpint (save_explanation (other, subject, &version_b, "Tekst van B", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_b, ==, 1);
  after = table_row_state (f, "explanation", id);
  g_assert_cmpstr (after, ==, before);

  current = read_explanation (other, subject);
  changes = ond_store_compare_explanation_edit (opened_b, "Tekst van B", current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->field, ==, "text");
  g_assert_cmpstr (change->label, ==, "Explanation");
  g_assert_cmpstr (change->theirs, ==, "Tekst van A");
  g_assert_cmpstr (change->mine, ==, "Tekst van B");
  g_assert_true (change->mine_changed);

  version_b = current->row_version;
  g_assert_cmpint (save_explanation (other, subject, &version_b, "Tekst van B", &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (version_b, ==, 3);
  text = sql_text (f->path, "SELECT text FROM explanation WHERE id = ?", id);
  g_assert_cmpstr (text, ==, "Tekst van B");

  /* An unchecked set moves the version on too: A's next save is refused. */
  g_assert_cmpint (ond_store_set_explanation (other, subject.plan_id, OND_EXPLANATION_YEAR, 0,
                                              subject.year, "Tekst van C", &error), ==, id);
  g_assert_no_error (error);
  g_assert_cmpint (table_row_version (f, "explanation", id), ==, 4);
  version_b = 3;
  g_assert_cmpint (save_explanation (other, subject, &version_b, "Nog een", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
}

/* Both open the subject without an explanation and write one: the second is refused and
 * sees the first's text. */
static void
test_explanation_both_new (Fixture       *f,
                           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndExplanation) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Subject subject = year_subject (f);
  gint64 version_a = 0, version_b = 0;
  gint64 id;
  OndCaseChange *change;

  g_assert_null (read_explanation (other, subject));
  id = save_explanation (f->store, subject, &version_a, "Tekst van A", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (version_a, ==, 1);

  before = sql_rows_for (f->path, "SELECT * FROM explanation WHERE plan_id = ? ORDER BY id",
                         subject.plan_id);
  g_assert_cmpint (save_explanation (other, subject, &version_b, "Tekst van B", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT);
  g_clear_error (&error);
  g_assert_cmpint (version_b, ==, 0);
  after = sql_rows_for (f->path, "SELECT * FROM explanation WHERE plan_id = ? ORDER BY id",
                        subject.plan_id);
  g_assert_cmpstr (after, ==, before);

  current = read_explanation (other, subject);
  changes = ond_store_compare_explanation_edit (NULL, "Tekst van B", current);
  g_assert_cmpuint (changes->len, ==, 1);
  change = g_ptr_array_index (changes, 0);
  g_assert_cmpstr (change->theirs, ==, "Tekst van A");
  g_assert_cmpstr (change->mine, ==, "Tekst van B");
}

/* Deleted by someone else: NOT_FOUND and nothing written (not a new one); put back (undo)
 * with the version it had. */
static void
test_explanation_deleted (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndStore) other = second_client (f);
  g_autoptr(OndExplanation) opened = NULL;
  g_autoptr(OndExplanation) deleted = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  Subject subject = year_subject (f);
  gint64 id, version, n;

  id = ond_store_set_explanation (f->store, subject.plan_id, OND_EXPLANATION_YEAR, 0,
                                  subject.year, "Eerste tekst", &error);
  g_assert_no_error (error);
  opened = read_explanation (f->store, subject);
  g_assert_cmpint (ond_store_set_explanation (other, subject.plan_id, OND_EXPLANATION_YEAR, 0,
                                              subject.year, "Tweede tekst", &error), ==, id);
  g_assert_no_error (error);
  before = table_row_state (f, "explanation", id);
  deleted = read_explanation (other, subject);
  g_assert_cmpint (deleted->row_version, ==, 2);
  g_assert_true (ond_store_delete_explanation (other, id, &error));
  g_assert_no_error (error);

  version = opened->row_version;
  n = sql_int (f->path, "SELECT count(*) FROM explanation WHERE 0 = ?", 0);
  g_assert_cmpint (save_explanation (f->store, subject, &version, "Mijn tekst", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND);
  g_clear_error (&error);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM explanation WHERE 0 = ?", 0), ==, n);
  g_assert_cmpint (sql_int (f->path, "SELECT count(*) FROM explanation WHERE id = ?", id), ==,
                   0);

  g_assert_cmpint (ond_store_restore_explanation (other, deleted, &error), ==, id);
  g_assert_no_error (error);
  after = table_row_state (f, "explanation", id);
  g_assert_cmpstr (after, ==, before);
  g_assert_cmpint (table_row_version (f, "explanation", id), ==, 2);
}
int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/planning-conflict/partner/two-clients", test_partner_two_clients);
  ADD_TEST ("/ond/planning-conflict/partner/retired", test_partner_retired);
  ADD_TEST ("/ond/planning-conflict/partner/deleted", test_partner_deleted);
  ADD_TEST ("/ond/planning-conflict/explanation/two-clients", test_explanation_two_clients);
  ADD_TEST ("/ond/planning-conflict/explanation/both-new", test_explanation_both_new);
  ADD_TEST ("/ond/planning-conflict/explanation/deleted", test_explanation_deleted);

  return g_test_run ();
}
