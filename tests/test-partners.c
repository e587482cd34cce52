/* test-partners.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Editing the partners and the interventie menukaart (ond-store-partners.h) on a freshly
 * seeded database: every edit, every refusal (its code, and not one byte of the database
 * changed), the retire-not-delete rule (a partner a theme owner or a control names, an
 * intervention a case uses: not deleted, retired, and the records keep it), delete and
 * restore (the same rows, compared as plain SQL), moving a partner among its kind, the
 * cells of the matrix, a read-only file, and what the pickers offer. */

#include "config.h"

#include <glib/gstdio.h>
#include <string.h>

#include "ond-case-intervention.h"
#include "ond-control.h"
#include "ond-intervention.h"
#include "ond-partner.h"
#include "ond-pg.h"
#include "ond-plan.h"
#include "ond-store-cases.h"
#include "ond-store-partners.h"
#include "ond-store-registers.h"
#include "ond-test-util.h"
#include "ond-theme.h"
#include "test-case-util.h"

static void
assert_refused (GError     **error,
                GQuark       domain,
                int          code,
                const char  *words)
{
  g_assert_error (*error, domain, code);
  g_test_message ("refused: %s", (*error)->message);
  if (words != NULL && strstr ((*error)->message, words) == NULL)
    g_error ("“%s” does not say “%s”", (*error)->message, words);
  g_clear_error (error);
}

/* Runs @call, which must return 0 / FALSE and refuse with @code of @domain, its message
 * containing @words; nothing in the file changes (every table, and the cases' snapshot). */
#define REFUSED_IN(f, call, domain, code, words) G_STMT_START { \
    g_autofree char *before_ = dump_all_tables (f->path); \
    g_autofree char *before_cases_ = snapshot (f); \
    g_autofree char *after_ = NULL; \
    g_autofree char *after_cases_ = NULL; \
    g_assert_true ((call) == 0); \
    assert_refused (&error, (domain), (code), (words)); \
    after_ = dump_all_tables (f->path); \
    after_cases_ = snapshot (f); \
    g_assert_cmpstr (before_, ==, after_); \
    g_assert_cmpstr (before_cases_, ==, after_cases_); \
  } G_STMT_END
#define REFUSED(f, call, code, words) REFUSED_IN (f, call, OND_PLAN_ERROR, code, words)

static OndPartner *
find_partner (Fixture *f,
              gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = ond_store_list_partners (f->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (ond_partner_get_id (partner) == id)
        return g_steal_pointer (&partner);
    }
  return NULL;
}

static OndIntervention *
find_intervention (Fixture *f,
                   gint64   id)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = ond_store_list_interventions (f->store, &error);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (interventions); i++)
    {
      g_autoptr(OndIntervention) intervention = g_list_model_get_item (interventions, i);

      if (ond_intervention_get_id (intervention) == id)
        return g_steal_pointer (&intervention);
    }
  return NULL;
}

/* The short names of the partners of @kind, in the list's order, joined with ",". */
static char *
kind_order (Fixture    *f,
            const char *kind)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) partners = ond_store_list_partners (f->store, &error);
  g_autoptr(GString) order = g_string_new (NULL);

  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
    {
      g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);

      if (g_strcmp0 (ond_partner_get_kind (partner), kind) != 0)
        continue;
      if (order->len > 0)
        g_string_append_c (order, ',');
      g_string_append (order, ond_partner_get_short_name (partner));
    }
  return g_string_free (g_steal_pointer (&order), FALSE);
}

static gint64
add_partner (Fixture    *f,
             const char *name,
             const char *short_name,
             const char *kind)
{
  g_autoptr(GError) error = NULL;
  OndPartnerFields fields = { name, short_name, kind, FALSE, "" };
  gint64 id = ond_store_add_partner (f->store, &fields, &error);

  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  return id;
}

/* A partner added: last of all (and of its kind), taking part, its texts trimmed; the list
 * has one more. */
static void
test_add (Fixture       *f,
          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPartner) partner = NULL;
  OndPartnerFields fields = { "  Brandweer Zuid-Holland Zuid ", " Brandweer ", "extern", TRUE,
                              "  Adviseur risicobeheersing  " };
  gint64 before = sql_int (f->path, "SELECT COUNT(*) FROM partner", 0);
  gint64 max_position = sql_int (f->path, "SELECT max(position) FROM partner", 0);
  gint64 id;

  id = ond_store_add_partner (f->store, &fields, &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM partner", 0), ==, before + 1);

  partner = find_partner (f, id);
  g_assert_nonnull (partner);
  g_assert_cmpstr (ond_partner_get_name (partner), ==, "Brandweer Zuid-Holland Zuid");
  g_assert_cmpstr (ond_partner_get_short_name (partner), ==, "Brandweer");
  g_assert_cmpstr (ond_partner_get_kind (partner), ==, "extern");
  g_assert_cmpstr (ond_partner_get_kind_label (partner), ==, "Extern");
  g_assert_true (ond_partner_get_regiegroep (partner));
  g_assert_cmpstr (ond_partner_get_contact_role (partner), ==, "Adviseur risicobeheersing");
  g_assert_false (ond_partner_get_retired (partner));
  g_assert_cmpint (ond_partner_get_position (partner), ==, max_position + 1);
  /* The seed's external partners (section 5, and PVO Rotterdam), then the new one. */
  {
    g_autofree char *order = kind_order (f, "extern");

    g_assert_cmpstr (order, ==, "Politie,OZHZ,SDD,RIEC,Motus,ROBT,RCTM,ZVH,Humanitas ESSM,"
                                "Veilig Thuis,PVO Rotterdam,Brandweer");
  }
}

/* Each field's refusal, with its code; nothing written. A duplicate is a duplicate apart
 * from case and accents, among retired partners too. */
static void
test_partner_refusals (Fixture       *f,
                       gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 ozhz = partner_id (f, "OZHZ");
  gint64 creme = add_partner (f, "Crème Brûlée Adviesbureau", "Crème", "extern");
  OndPartnerFields fields;

  g_assert_true (ond_store_set_partner_retired (f->store, creme, TRUE, &error));
  g_assert_no_error (error);

  fields = (OndPartnerFields) { "   ", "X", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_NAME,
           "needs a name");
  fields = (OndPartnerFields) { NULL, "X", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_NAME, NULL);
  fields = (OndPartnerFields) { "omgevingsdienst  zuid holland ZUID", "OD", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_NAME,
           "Omgevingsdienst Zuid Holland Zuid");
  fields = (OndPartnerFields) { "creme brulee adviesbureau", "CBA", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_NAME,
           "Crème Brûlée Adviesbureau");
  fields = (OndPartnerFields) { "Brandweer", " ", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_SHORT_NAME,
           "short name");
  fields = (OndPartnerFields) { "Brandweer", "ozhz", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_SHORT_NAME,
           "OZHZ");
  fields = (OndPartnerFields) { "Brandweer", "CREME", "extern", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_SHORT_NAME,
           "Crème");
  fields = (OndPartnerFields) { "Brandweer", "BW", "landelijk", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_KIND,
           "landelijk");
  fields = (OndPartnerFields) { "Brandweer", "BW", "", FALSE, NULL };
  REFUSED (f, ond_store_add_partner (f->store, &fields, &error), OND_PLAN_ERROR_KIND, NULL);

  /* A change: the same rules, another partner's name or short name refused. */
  fields = (OndPartnerFields) { "Sociale Dienst Drechtsteden", "OZHZ", "extern", TRUE, NULL };
  REFUSED (f, ond_store_update_partner (f->store, ozhz, &fields, &error), OND_PLAN_ERROR_NAME,
           "Sociale Dienst Drechtsteden");
  fields = (OndPartnerFields) { "Omgevingsdienst Zuid-Holland Zuid", "sdd", "extern", TRUE, NULL };
  REFUSED (f, ond_store_update_partner (f->store, ozhz, &fields, &error),
           OND_PLAN_ERROR_SHORT_NAME, "SDD");
  fields = (OndPartnerFields) { "Omgevingsdienst Zuid-Holland Zuid", "", "extern", TRUE, NULL };
  REFUSED (f, ond_store_update_partner (f->store, ozhz, &fields, &error),
           OND_PLAN_ERROR_SHORT_NAME, NULL);
  fields = (OndPartnerFields) { "Omgevingsdienst Zuid-Holland Zuid", "OZHZ", "rijk", TRUE, NULL };
  REFUSED (f, ond_store_update_partner (f->store, ozhz, &fields, &error), OND_PLAN_ERROR_KIND,
           "rijk");
  fields = (OndPartnerFields) { "Omgevingsdienst Zuid-Holland Zuid", "OZHZ", "extern", TRUE, NULL };
  REFUSED_IN (f, ond_store_update_partner (f->store, 999999, &fields, &error), OND_STORE_ERROR,
              OND_STORE_ERROR_NOT_FOUND, "does not exist");
  REFUSED_IN (f, ond_store_set_partner_retired (f->store, 999999, TRUE, &error),
              OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, NULL);
  REFUSED_IN (f, ond_store_delete_partner (f->store, 999999, &error), OND_STORE_ERROR,
              OND_STORE_ERROR_NOT_FOUND, NULL);
  REFUSED_IN (f, ond_store_move_partner (f->store, 999999, -1, &error), OND_STORE_ERROR,
              OND_STORE_ERROR_NOT_FOUND, NULL);
}

/* A change of every field; a partner may keep its own name and short name in another case,
 * and the records that name it name it as it is now. */
static void
test_update (Fixture       *f,
             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPartner) partner = NULL;
  gint64 ozhz = partner_id (f, "OZHZ");
  OndPartnerFields fields = { "Omgevingsdienst Zuid-Holland Zuid", "ozhz", "riec", FALSE,
                              "Toezichthouder" };
  gint64 position = sql_int (f->path, "SELECT position FROM partner WHERE id = ?", ozhz);
  g_autofree char *owners = NULL;

  g_assert_true (ond_store_update_partner (f->store, ozhz, &fields, &error));
  g_assert_no_error (error);
  partner = find_partner (f, ozhz);
  g_assert_cmpstr (ond_partner_get_name (partner), ==, "Omgevingsdienst Zuid-Holland Zuid");
  g_assert_cmpstr (ond_partner_get_short_name (partner), ==, "ozhz");
  g_assert_cmpstr (ond_partner_get_kind (partner), ==, "riec");
  g_assert_cmpstr (ond_partner_get_kind_label (partner), ==, "RIEC-convenantpartner");
  g_assert_false (ond_partner_get_regiegroep (partner));
  g_assert_cmpstr (ond_partner_get_contact_role (partner), ==, "Toezichthouder");
  g_assert_cmpint (ond_partner_get_position (partner), ==, position);

  /* Drugs is owned by the Politie and the OZHZ (section 7): the theme shows the new short
   * name. */
  owners = sql_list (f->path, "SELECT p.short_name FROM theme_owner o"
                              " JOIN partner p ON p.id = o.partner_id"
                              " JOIN theme t ON t.id = o.theme_id"
                              " WHERE t.name = 'Drugs' AND p.id = ?", ozhz, ",");
  g_assert_cmpstr (owners, ==, "ozhz");
}

/* The Politie owns two themes (Drugs and OMG, section 7) and can carry out 22 interventions
 * of the menukaart (section 8): it cannot be deleted, the message says what refers to it
 * and that it can be retired. Retired, the themes keep it as owner; brought back, it takes
 * part again. */
static void
test_retire_not_delete_owner (Fixture       *f,
                              gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) themes = NULL;
  g_autoptr(OndPlan) plan = NULL;
  g_autoptr(OndPartner) partner = NULL;
  gint64 politie = partner_id (f, "Politie");
  guint owned = 0;

  REFUSED (f, ond_store_delete_partner (f->store, politie, &error), OND_PLAN_ERROR_IN_USE,
           "Retire it instead");
  /* Asked beforehand, the same answer. */
  REFUSED (f, ond_store_check_partner_unused (f->store, politie, &error), OND_PLAN_ERROR_IN_USE,
           "Retire it instead");
  g_assert_false (ond_store_delete_partner (f->store, politie, &error));
  g_assert_nonnull (strstr (error->message, "2 themes it owns"));
  g_assert_nonnull (strstr (error->message, "22 interventions of the menukaart"));
  g_assert_null (strstr (error->message, "control"));
  g_clear_error (&error);

  g_assert_true (ond_store_set_partner_retired (f->store, politie, TRUE, &error));
  g_assert_no_error (error);
  partner = find_partner (f, politie);
  g_assert_true (ond_partner_get_retired (partner));
  g_assert_cmpint (sql_int (f->path, "SELECT retired FROM partner WHERE id = ?", politie), ==, 1);

  plan = ond_store_dup_current_plan (f->store, &error);
  g_assert_no_error (error);
  themes = ond_store_list_themes (f->store, ond_plan_get_id (plan), &error);
  g_assert_no_error (error);
  for (guint i = 0; i < g_list_model_get_n_items (themes); i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);

      if (ond_theme_has_owner (theme, politie))
        {
          owned++;
          g_assert_nonnull (strstr (ond_theme_get_owners (theme), "Politie"));
        }
    }
  g_assert_cmpuint (owned, ==, 2);
  /* Still not deletable once retired; its cells of the menukaart stay too. */
  REFUSED (f, ond_store_delete_partner (f->store, politie, &error), OND_PLAN_ERROR_IN_USE, NULL);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM intervention_partner"
                                     " WHERE partner_id = ?", politie), ==, 22);

  g_assert_true (ond_store_set_partner_retired (f->store, politie, FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&partner);
  partner = find_partner (f, politie);
  g_assert_false (ond_partner_get_retired (partner));
}

/* A partner present at a control cannot be deleted; retired, the control keeps it and the
 * pickers offer it to that control only. */
static void
test_retire_not_delete_control (Fixture       *f,
                                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndControl) control = NULL;
  g_autoptr(GListModel) controls = NULL;
  g_autoptr(OndControl) saved = NULL;
  g_autoptr(OndPartner) partner = NULL;
  gint64 brandweer = add_partner (f, "Brandweer Zuid-Holland Zuid", "Brandweer", "extern");
  gint64 none = 0;
  const gint64 *ids;
  guint n_ids;
  gint64 control_id;

  control = ond_control_new (0, "2024-03-01", "integraal", NULL, 0, NULL, 8, 1, &brandweer, 1,
                             NULL, "");
  control_id = ond_store_save_control (f->store, control, OND_REGISTER_FLAGS_NONE, &error);
  g_assert_no_error (error);
  g_assert_cmpint (control_id, >, 0);

  REFUSED (f, ond_store_delete_partner (f->store, brandweer, &error), OND_PLAN_ERROR_IN_USE,
           "1 control");
  g_assert_true (ond_store_set_partner_retired (f->store, brandweer, TRUE, &error));
  g_assert_no_error (error);

  controls = ond_store_list_controls (f->store, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (controls), >=, 1);
  for (guint i = 0; i < g_list_model_get_n_items (controls); i++)
    {
      g_autoptr(OndControl) item = g_list_model_get_item (controls, i);

      if (ond_control_get_id (item) == control_id)
        saved = g_steal_pointer (&item);
    }
  g_assert_nonnull (saved);
  ids = ond_control_get_partner_ids (saved, &n_ids);
  g_assert_cmpuint (n_ids, ==, 1);
  g_assert_cmpint (ids[0], ==, brandweer);
  g_assert_cmpstr (ond_control_get_partner_names (saved), ==, "Brandweer");

  /* The pickers: offered to the control that has it, not to a new record. */
  partner = find_partner (f, brandweer);
  g_assert_true (ond_partner_is_offered (partner, ids, n_ids));
  g_assert_false (ond_partner_is_offered (partner, NULL, 0));
  g_assert_false (ond_partner_is_offered (partner, &none, 1));

  /* The store holds to the same rule: a new control with the retired partner is refused,
   * with nothing written; the control that has it keeps it through a change and through a
   * delete and Undo. */
  {
    g_autoptr(OndControl) fresh = NULL;
    g_autoptr(OndControl) changed = NULL;
    g_autofree char *before = dump_all_tables (f->path);
    gint64 n_controls = sql_int (f->path, "SELECT COUNT(*) FROM control", 0);

    fresh = ond_control_new (0, "2024-03-02", "integraal", NULL, 0, NULL, 4, 0, &brandweer, 1,
                             NULL, "");
    g_assert_cmpint (ond_store_save_control (f->store, fresh, OND_REGISTER_FLAGS_NONE, &error),
                     ==, 0);
    g_assert_error (error, OND_REGISTER_ERROR, OND_REGISTER_ERROR_PARTNERS);
    g_assert_nonnull (strstr (error->message, "Brandweer"));
    g_clear_error (&error);
    g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM control", 0), ==, n_controls);
    {
      g_autofree char *after = dump_all_tables (f->path);

      g_assert_cmpstr (after, ==, before);
    }

    changed = ond_control_new (control_id, "2024-03-01", "integraal", NULL, 0, NULL, 9, 1,
                               &brandweer, 1, NULL, "Nog een bedrijf bezocht");
    g_assert_cmpint (ond_store_save_control (f->store, changed, OND_REGISTER_FLAGS_NONE, &error),
                     ==, control_id);
    g_assert_no_error (error);
    g_assert_cmpint (sql_int (f->path, "SELECT businesses FROM control WHERE id = ?", control_id),
                     ==, 9);
    g_assert_cmpint (sql_int (f->path, "SELECT partner_id FROM control_partner"
                                       " WHERE control_id = ?", control_id), ==, brandweer);

    g_assert_true (ond_store_delete_control (f->store, control_id, &error));
    g_assert_no_error (error);
    g_assert_cmpint (ond_store_restore_control (f->store, changed, &error), ==, control_id);
    g_assert_no_error (error);
    g_assert_cmpint (sql_int (f->path, "SELECT partner_id FROM control_partner"
                                       " WHERE control_id = ?", control_id), ==, brandweer);
  }
}

/* An unused partner deleted and put back: the same row (id, place, every field), compared
 * as plain SQL, and the other partners as they were; one that took its place in between
 * moves down one place. Putting it back twice, or under a name taken since, is refused. */
static void
test_delete_restore_partner (Fixture       *f,
                             gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPartner) deleted = NULL;
  g_autofree char *row_before = NULL;
  g_autofree char *row_after = NULL;
  g_autofree char *others_before = NULL;
  g_autofree char *others_after = NULL;
  OndPartnerFields fields = { "Brandweer Zuid-Holland Zuid", "Brandweer", "extern", TRUE,
                              "Adviseur" };
  gint64 count = sql_int (f->path, "SELECT COUNT(*) FROM partner", 0);
  gint64 nvwa = partner_id (f, "NVWA");
  gint64 brandweer;
  gint64 kustwacht;
  gint64 position;
  gint64 restored;

  brandweer = ond_store_add_partner (f->store, &fields, &error);
  g_assert_no_error (error);
  kustwacht = add_partner (f, "Kustwacht", "Kustwacht", "riec");
  g_assert_true (ond_store_set_partner_retired (f->store, brandweer, TRUE, &error));
  g_assert_no_error (error);
  position = sql_int (f->path, "SELECT position FROM partner WHERE id = ?", brandweer);
  g_assert_cmpint (position, ==, count + 1);
  row_before = sql_rows_for (f->path, "SELECT * FROM partner WHERE id = ?", brandweer);
  deleted = find_partner (f, brandweer);

  g_assert_true (ond_store_check_partner_unused (f->store, brandweer, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_delete_partner (f->store, brandweer, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM partner WHERE id = ?", brandweer),
                   ==, 0);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM partner", 0), ==, count + 1);

  /* The Kustwacht moved up before the NVWA, the last of the RIEC partners: numbered again,
   * the NVWA takes the place the Brandweer had. */
  g_assert_true (ond_store_move_partner (f->store, kustwacht, -1, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM partner WHERE id = ?", nvwa), ==,
                   position);
  others_before = sql_rows_for (f->path, "SELECT * FROM partner WHERE id <> ? ORDER BY id",
                                nvwa);

  restored = ond_store_restore_partner (f->store, deleted, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, brandweer);
  row_after = sql_rows_for (f->path, "SELECT * FROM partner WHERE id = ?", brandweer);
  g_assert_cmpstr (row_after, ==, row_before);
  g_assert_cmpint (sql_int (f->path, "SELECT position FROM partner WHERE id = ?", nvwa), ==,
                   position + 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM partner", 0), ==, count + 2);
  others_after = sql_rows_for (f->path, "SELECT * FROM partner WHERE id <> ?"
                                        " AND short_name <> 'Brandweer' ORDER BY id", nvwa);
  g_assert_cmpstr (others_after, ==, others_before);

  REFUSED_IN (f, ond_store_restore_partner (f->store, deleted, &error), OND_STORE_ERROR,
              OND_STORE_ERROR_INVALID, "exists already");

  /* Deleted again; its name taken by then. */
  g_assert_true (ond_store_delete_partner (f->store, brandweer, &error));
  g_assert_no_error (error);
  fields.short_name = "Kustwacht";
  g_assert_true (ond_store_update_partner (f->store, kustwacht, &fields, &error));
  g_assert_no_error (error);
  REFUSED (f, ond_store_restore_partner (f->store, deleted, &error), OND_PLAN_ERROR_NAME,
           "Brandweer Zuid-Holland Zuid");
}

/* A table the checks do not know (a later part of the schema) that refers to a partner:
 * the schema's foreign key still keeps the partner, and the refusal is IN_USE. */
static void
test_unknown_reference (Fixture       *f,
                        gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  gint64 brandweer = add_partner (f, "Brandweer Zuid-Holland Zuid", "Brandweer", "extern");
  gint64 bibob = ond_store_add_intervention (f->store, "Bibob-toets", &error);
  g_autofree char *insert = NULL;

  g_assert_no_error (error);
  sql_exec (f->path, "CREATE TABLE later_part (partner_id INTEGER REFERENCES partner(id),"
                     " intervention_id INTEGER REFERENCES intervention(id))");
  insert = g_strdup_printf ("INSERT INTO later_part VALUES (%" G_GINT64_FORMAT ", %"
                            G_GINT64_FORMAT ")", brandweer, bibob);
  sql_exec (f->path, insert);

  REFUSED (f, ond_store_delete_partner (f->store, brandweer, &error), OND_PLAN_ERROR_IN_USE,
           "Retire it instead");
  REFUSED (f, ond_store_delete_intervention (f->store, bibob, &error), OND_PLAN_ERROR_IN_USE,
           "Retire it instead");
}

/* Up and down among the partners of the kind only: the first of a kind does not move up
 * into the kind before it, the last not down into the next. */
static void
test_move (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autofree char *order = NULL;
  g_autofree char *external = kind_order (f, "extern");

  order = kind_order (f, "gemeentelijk");
  g_assert_cmpstr (order, ==, "Gemeente,Handhaving,Communicatie,Wijken,Veiligheid");
  g_clear_pointer (&order, g_free);

  g_assert_true (ond_store_move_partner (f->store, partner_id (f, "Communicatie"), -1, &error));
  g_assert_no_error (error);
  order = kind_order (f, "gemeentelijk");
  g_assert_cmpstr (order, ==, "Gemeente,Communicatie,Handhaving,Wijken,Veiligheid");
  g_clear_pointer (&order, g_free);

  g_assert_true (ond_store_move_partner (f->store, partner_id (f, "Gemeente"), 1, &error));
  g_assert_no_error (error);
  order = kind_order (f, "gemeentelijk");
  g_assert_cmpstr (order, ==, "Communicatie,Gemeente,Handhaving,Wijken,Veiligheid");
  g_clear_pointer (&order, g_free);

  /* At the ends of their kind: nothing moves. */
  {
    g_autofree char *before = dump_all_tables (f->path);
    g_autofree char *after = NULL;

    g_assert_true (ond_store_move_partner (f->store, partner_id (f, "Communicatie"), -1,
                                           &error));
    g_assert_no_error (error);
    g_assert_true (ond_store_move_partner (f->store, partner_id (f, "Veiligheid"), 1, &error));
    g_assert_no_error (error);
    g_assert_true (ond_store_move_partner (f->store, partner_id (f, "Politie"), -1, &error));
    g_assert_no_error (error);
    after = dump_all_tables (f->path);
    g_assert_cmpstr (before, ==, after);
  }
  order = kind_order (f, "extern");
  g_assert_cmpstr (order, ==, external);
  g_clear_pointer (&order, g_free);

  /* Positions that were the same (an old file) still give a move. */
  sql_exec (f->path, "UPDATE partner SET position = 7 WHERE kind = 'riec'");
  g_clear_object (&f->store);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  order = kind_order (f, "riec");
  g_assert_cmpstr (order, ==, "OM,Provincies,Nationale Politie,Belastingdienst,Douane,FIOD,NLA,"
                              "KMar,IND,UWV,NVWA");
  g_clear_pointer (&order, g_free);
  g_assert_true (ond_store_move_partner (f->store, partner_id (f, "NVWA"), -1, &error));
  g_assert_no_error (error);
  order = kind_order (f, "riec");
  g_assert_cmpstr (order, ==, "OM,Provincies,Nationale Politie,Belastingdienst,Douane,FIOD,NLA,"
                              "KMar,IND,NVWA,UWV");
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(DISTINCT position) FROM partner", 0), ==,
                   sql_int (f->path, "SELECT COUNT(*) FROM partner", 0));
}

/* Interventions: added last with no partners, renamed, retired and brought back; a blank
 * or taken name refused (apart from case and accents). */
static void
test_interventions (Fixture       *f,
                    gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndIntervention) added = NULL;
  gint64 max_position = sql_int (f->path, "SELECT max(position) FROM intervention", 0);
  gint64 brp = intervention_id (f, "BRP controle");
  gint64 id;

  id = ond_store_add_intervention (f->store, "  Bibob-toets  ", &error);
  g_assert_no_error (error);
  g_assert_cmpint (id, >, 0);
  added = find_intervention (f, id);
  g_assert_cmpstr (ond_intervention_get_name (added), ==, "Bibob-toets");
  g_assert_cmpint (ond_intervention_get_position (added), ==, max_position + 1);
  g_assert_false (ond_intervention_get_retired (added));
  g_assert_cmpstr (ond_intervention_get_partners (added), ==, "");

  REFUSED (f, ond_store_add_intervention (f->store, " ", &error), OND_PLAN_ERROR_NAME,
           "needs a name");
  REFUSED (f, ond_store_add_intervention (f->store, "brp CONTROLE", &error), OND_PLAN_ERROR_NAME,
           "BRP controle");
  REFUSED (f, ond_store_add_intervention (f->store, "Beeindiging / terugvordering onterechte "
                                          "uitkering", &error),
           OND_PLAN_ERROR_NAME, "Beëindiging");
  REFUSED (f, ond_store_rename_intervention (f->store, id, "BRP Controle", &error),
           OND_PLAN_ERROR_NAME, "BRP controle");
  REFUSED (f, ond_store_rename_intervention (f->store, id, "", &error), OND_PLAN_ERROR_NAME, NULL);
  REFUSED_IN (f, ond_store_rename_intervention (f->store, 999999, "Nieuw", &error),
              OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, "does not exist");
  REFUSED_IN (f, ond_store_set_intervention_retired (f->store, 999999, TRUE, &error),
              OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, NULL);
  REFUSED_IN (f, ond_store_delete_intervention (f->store, 999999, &error),
              OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, NULL);

  g_assert_true (ond_store_rename_intervention (f->store, id, "Bibob-toets (lokaal)", &error));
  g_assert_no_error (error);
  /* Its own name in another case is no duplicate. */
  g_assert_true (ond_store_rename_intervention (f->store, brp, "BRP-controle", &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_rename_intervention (f->store, brp, "brp-controle", &error));
  g_assert_no_error (error);
  g_clear_object (&added);
  added = find_intervention (f, id);
  g_assert_cmpstr (ond_intervention_get_name (added), ==, "Bibob-toets (lokaal)");

  g_assert_true (ond_store_set_intervention_retired (f->store, id, TRUE, &error));
  g_assert_no_error (error);
  g_clear_object (&added);
  added = find_intervention (f, id);
  g_assert_true (ond_intervention_get_retired (added));
  g_assert_false (ond_intervention_is_offered (added, 0));
  g_assert_true (ond_intervention_is_offered (added, id));
  g_assert_true (ond_store_set_intervention_retired (f->store, id, FALSE, &error));
  g_assert_no_error (error);
  g_clear_object (&added);
  added = find_intervention (f, id);
  g_assert_false (ond_intervention_get_retired (added));
  g_assert_true (ond_intervention_is_offered (added, 0));
}

/* An intervention a case uses cannot be deleted; retired, the case keeps it and it is not
 * offered for a new intervention of a case. */
static void
test_intervention_in_use (Fixture       *f,
                          gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) interventions = NULL;
  g_autoptr(OndCaseIntervention) row = NULL;
  gint64 brp = intervention_id (f, "BRP controle");
  gint64 gemeente = partner_id (f, "Gemeente");
  gint64 case_id = new_case_in (f, OND_CASE_STATUS_ASSIGNED);
  gint64 used;

  used = ond_store_add_case_intervention (f->store, case_id, brp, gemeente, NULL, NULL,
                                          "gepland", "", &error);
  g_assert_no_error (error);
  g_assert_cmpint (used, >, 0);

  REFUSED (f, ond_store_delete_intervention (f->store, brp, &error), OND_PLAN_ERROR_IN_USE,
           "Retire it instead");
  REFUSED (f, ond_store_check_intervention_unused (f->store, brp, &error), OND_PLAN_ERROR_IN_USE,
           "1 case");
  g_assert_false (ond_store_delete_intervention (f->store, brp, &error));
  g_assert_nonnull (strstr (error->message, "1 case"));
  g_clear_error (&error);
  /* The Gemeente is the partner of that case's intervention (and much more). */
  g_assert_false (ond_store_delete_partner (f->store, gemeente, &error));
  g_assert_error (error, OND_PLAN_ERROR, OND_PLAN_ERROR_IN_USE);
  g_assert_nonnull (strstr (error->message, "1 intervention in a case"));
  g_clear_error (&error);

  g_assert_true (ond_store_set_intervention_retired (f->store, brp, TRUE, &error));
  g_assert_no_error (error);
  interventions = ond_store_list_case_interventions (f->store, case_id, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (g_list_model_get_n_items (interventions), ==, 1);
  row = g_list_model_get_item (interventions, 0);
  g_assert_cmpint (ond_case_intervention_get_intervention_id (row), ==, brp);
  g_assert_cmpstr (ond_case_intervention_get_intervention_name (row), ==, "BRP controle");
  /* Not offered for a new intervention of a case any more. */
  g_assert_cmpint (ond_store_add_case_intervention (f->store, case_id, brp, gemeente, NULL, NULL,
                                                    "gepland", "", &error), ==, 0);
  g_assert_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID);
  g_clear_error (&error);
}

/* An unused intervention (Pseudokoop: the Politie only, section 8) deleted with its row of
 * the matrix, and put back: the same rows in both tables, as plain SQL. */
static void
test_delete_restore_intervention (Fixture       *f,
                                  gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndIntervention) deleted = NULL;
  gint64 pseudokoop = intervention_id (f, "Pseudokoop");
  gint64 count = sql_int (f->path, "SELECT COUNT(*) FROM intervention", 0);
  g_autofree char *interventions_before = sql_rows_for (f->path, "SELECT * FROM intervention"
                                                                 " ORDER BY id", 0);
  g_autofree char *cells_before = sql_rows_for (f->path, "SELECT * FROM intervention_partner"
                                                         " ORDER BY intervention_id, partner_id",
                                                0);
  g_autofree char *interventions_after = NULL;
  g_autofree char *cells_after = NULL;
  gint64 restored;

  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM intervention_partner"
                                     " WHERE intervention_id = ?", pseudokoop), ==, 1);
  deleted = find_intervention (f, pseudokoop);
  g_assert_cmpstr (ond_intervention_get_partners (deleted), ==, "Politie");

  g_assert_true (ond_store_check_intervention_unused (f->store, pseudokoop, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_delete_intervention (f->store, pseudokoop, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM intervention", 0), ==, count - 1);
  g_assert_cmpint (sql_int (f->path, "SELECT COUNT(*) FROM intervention_partner"
                                     " WHERE intervention_id = ?", pseudokoop), ==, 0);

  restored = ond_store_restore_intervention (f->store, deleted, &error);
  g_assert_no_error (error);
  g_assert_cmpint (restored, ==, pseudokoop);
  interventions_after = sql_rows_for (f->path, "SELECT * FROM intervention ORDER BY id", 0);
  cells_after = sql_rows_for (f->path, "SELECT * FROM intervention_partner"
                                       " ORDER BY intervention_id, partner_id", 0);
  g_assert_cmpstr (interventions_after, ==, interventions_before);
  g_assert_cmpstr (cells_after, ==, cells_before);
  REFUSED_IN (f, ond_store_restore_intervention (f->store, deleted, &error), OND_STORE_ERROR,
              OND_STORE_ERROR_INVALID, "exists already");

  /* Deleted again and renamed into by another: refused. */
  g_assert_true (ond_store_delete_intervention (f->store, pseudokoop, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_rename_intervention (f->store, intervention_id (f, "Telefoontaps"),
                                                "pseudokoop", &error));
  g_assert_no_error (error);
  REFUSED (f, ond_store_restore_intervention (f->store, deleted, &error), OND_PLAN_ERROR_NAME,
           "pseudokoop");

  /* A partner of its row deleted in the meantime: refused, nothing written. */
  {
    gint64 brandweer = add_partner (f, "Brandweer Zuid-Holland Zuid", "Brandweer", "extern");
    gint64 bibob = ond_store_add_intervention (f->store, "Bibob-toets", &error);
    g_autoptr(OndIntervention) with_brandweer = NULL;

    g_assert_no_error (error);

    g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, brandweer, TRUE, &error));
    g_assert_no_error (error);
    with_brandweer = find_intervention (f, bibob);
    g_assert_true (ond_store_delete_intervention (f->store, bibob, &error));
    g_assert_no_error (error);
    g_assert_true (ond_store_delete_partner (f->store, brandweer, &error));
    g_assert_no_error (error);
    REFUSED (f, ond_store_restore_intervention (f->store, with_brandweer, &error),
             OND_PLAN_ERROR_PARTNER, NULL);
  }
}

/* A cell of the matrix set and cleared; setting it twice is no error; an unknown partner,
 * a retired partner set, an unknown intervention: refused, nothing written. */
static void
test_cell (Fixture       *f,
           gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndIntervention) intervention = NULL;
  gint64 bibob = ond_store_add_intervention (f->store, "Bibob-toets", &error);
  gint64 politie = partner_id (f, "Politie");
  gint64 sdd = partner_id (f, "SDD");
  const char *cell = "SELECT COUNT(*) FROM intervention_partner WHERE intervention_id = ?";

  g_assert_no_error (error);
  g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, politie, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, cell, bibob), ==, 1);
  g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, politie, TRUE, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, sdd, TRUE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, cell, bibob), ==, 2);
  intervention = find_intervention (f, bibob);
  g_assert_true (ond_intervention_has_partner (intervention, politie));
  g_assert_true (ond_intervention_has_partner (intervention, sdd));
  g_assert_cmpstr (ond_intervention_get_partners (intervention), ==, "Politie, SDD");

  g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, politie, FALSE, &error));
  g_assert_no_error (error);
  g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, politie, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, cell, bibob), ==, 1);
  g_clear_object (&intervention);
  intervention = find_intervention (f, bibob);
  g_assert_false (ond_intervention_has_partner (intervention, politie));

  REFUSED (f, ond_store_set_menukaart_cell (f->store, bibob, 999999, TRUE, &error),
           OND_PLAN_ERROR_PARTNER, "does not exist");
  REFUSED (f, ond_store_set_menukaart_cell (f->store, bibob, 999999, FALSE, &error),
           OND_PLAN_ERROR_PARTNER, NULL);
  REFUSED_IN (f, ond_store_set_menukaart_cell (f->store, 999999, politie, TRUE, &error),
              OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, NULL);

  /* A retired partner is not put on the menukaart, but can be taken off it. */
  g_assert_true (ond_store_set_partner_retired (f->store, sdd, TRUE, &error));
  g_assert_no_error (error);
  REFUSED (f, ond_store_set_menukaart_cell (f->store, intervention_id (f, "BRP controle"), sdd,
                                           TRUE, &error),
           OND_PLAN_ERROR_PARTNER, "SDD");
  g_assert_true (ond_store_set_menukaart_cell (f->store, bibob, sdd, FALSE, &error));
  g_assert_no_error (error);
  g_assert_cmpint (sql_int (f->path, cell, bibob), ==, 0);
}

/* A read-only file: every edit refused with OND_STORE_ERROR_READ_ONLY; the file is the same
 * byte for byte. */
static void
test_read_only (Fixture       *f,
                gconstpointer  data)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndPartner) partner = NULL;
  g_autoptr(OndIntervention) intervention = NULL;
  OndPartnerFields fields = { "Brandweer", "BW", "extern", FALSE, NULL };
  gint64 ozhz = partner_id (f, "OZHZ");
  gint64 brp = intervention_id (f, "BRP controle");
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;

  if (ond_pg_is_uri (f->path))
    {
      /* File-only: a server database is read-only through its roles, not a mode bit. */
      g_test_skip ("a read-only file (a server database has no such mode)");
      return;
    }
  partner = find_partner (f, ozhz);
  intervention = find_intervention (f, brp);
  g_clear_object (&f->store);
  g_assert_cmpint (g_chmod (f->path, 0400), ==, 0);
  before = ond_test_file_checksum (f->path);
  f->store = ond_store_open (f->path, &error);
  g_assert_no_error (error);
  g_assert_true (ond_store_is_read_only (f->store));

#define READ_ONLY(call) G_STMT_START { g_assert_true ((call) == 0); \
                                       g_assert_error (error, OND_STORE_ERROR, \
                                                       OND_STORE_ERROR_READ_ONLY); \
                                       g_clear_error (&error); } G_STMT_END
  READ_ONLY (ond_store_add_partner (f->store, &fields, &error));
  READ_ONLY (ond_store_update_partner (f->store, ozhz, &fields, &error));
  READ_ONLY (ond_store_set_partner_retired (f->store, ozhz, TRUE, &error));
  READ_ONLY (ond_store_move_partner (f->store, ozhz, -1, &error));
  READ_ONLY (ond_store_delete_partner (f->store, ozhz, &error));
  READ_ONLY (ond_store_restore_partner (f->store, partner, &error));
  READ_ONLY (ond_store_add_intervention (f->store, "Bibob-toets", &error));
  READ_ONLY (ond_store_rename_intervention (f->store, brp, "BRP", &error));
  READ_ONLY (ond_store_set_intervention_retired (f->store, brp, TRUE, &error));
  READ_ONLY (ond_store_delete_intervention (f->store, brp, &error));
  READ_ONLY (ond_store_restore_intervention (f->store, intervention, &error));
  READ_ONLY (ond_store_set_menukaart_cell (f->store, brp, ozhz, TRUE, &error));
#undef READ_ONLY

  g_clear_object (&f->store);
  after = ond_test_file_checksum (f->path);
  g_assert_cmpstr (before, ==, after);
  g_chmod (f->path, 0600);
}

static void
count_notify (GObject    *object,
              GParamSpec *pspec,
              gpointer    user_data)
{
  GString *names = user_data;

  g_string_append_printf (names, "%s;", pspec->name);
}

/* What a view does with the lists read again: the same objects take over the new fields,
 * each property that changed is notified once, the others not. */
static void
test_update_in_place (Fixture       *f,
                      gconstpointer  data)
{
  g_autoptr(OndPartner) shown = ond_partner_new (7, "Motus", "Motus", "extern", "Extern", FALSE,
                                                 "", FALSE, 10);
  g_autoptr(OndPartner) read = ond_partner_new (7, "Motus Zorg", "Motus", "extern", "Extern",
                                                FALSE, "Coördinator", TRUE, 10);
  const gint64 before_ids[] = { 3, 1 };
  const gint64 after_ids[] = { 1, 2, 3 };
  g_autoptr(OndIntervention) row = ond_intervention_new (5, "Knock and talk", 23, FALSE,
                                                         "Gemeente, Politie", before_ids, 2);
  g_autoptr(OndIntervention) again = ond_intervention_new (5, "Knock and talk", 23, FALSE,
                                                           "Gemeente, Politie, OZHZ", after_ids,
                                                           3);
  g_autoptr(GString) names = g_string_new (NULL);

  g_signal_connect (shown, "notify", G_CALLBACK (count_notify), names);
  ond_partner_update (shown, read);
  {
    g_auto(GStrv) notified = g_strsplit (names->str, ";", -1);

    /* Each once, in any order ("" after the last ";"). */
    g_assert_cmpuint (g_strv_length (notified), ==, 4);
    g_assert_true (g_strv_contains ((const char * const *) notified, "name"));
    g_assert_true (g_strv_contains ((const char * const *) notified, "contact-role"));
    g_assert_true (g_strv_contains ((const char * const *) notified, "retired"));
  }
  g_assert_cmpstr (ond_partner_get_name (shown), ==, "Motus Zorg");
  g_assert_cmpstr (ond_partner_get_contact_role (shown), ==, "Coördinator");
  g_assert_true (ond_partner_get_retired (shown));

  g_string_truncate (names, 0);
  g_signal_connect (row, "notify", G_CALLBACK (count_notify), names);
  g_assert_false (ond_intervention_has_partner (row, 2));
  ond_intervention_update (row, again);
  g_assert_cmpstr (names->str, ==, "partners;");
  g_assert_true (ond_intervention_has_partner (row, 2));
  g_assert_cmpstr (ond_intervention_get_partners (row), ==, "Gemeente, Politie, OZHZ");
  g_string_truncate (names, 0);
  ond_intervention_update (row, again);
  g_assert_cmpstr (names->str, ==, "");
}

int
main (int   argc,
      char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  ADD_TEST ("/ond/partners/add", test_add);
  ADD_TEST ("/ond/partners/refusals", test_partner_refusals);
  ADD_TEST ("/ond/partners/update", test_update);
  ADD_TEST ("/ond/partners/retire-not-delete/owner", test_retire_not_delete_owner);
  ADD_TEST ("/ond/partners/retire-not-delete/control", test_retire_not_delete_control);
  ADD_TEST ("/ond/partners/delete-restore", test_delete_restore_partner);
  ADD_TEST ("/ond/partners/unknown-reference", test_unknown_reference);
  ADD_TEST ("/ond/partners/move", test_move);
  ADD_TEST ("/ond/menukaart/interventions", test_interventions);
  ADD_TEST ("/ond/menukaart/in-use", test_intervention_in_use);
  ADD_TEST ("/ond/menukaart/delete-restore", test_delete_restore_intervention);
  ADD_TEST ("/ond/menukaart/cell", test_cell);
  ADD_TEST ("/ond/partners/read-only", test_read_only);
  ADD_TEST ("/ond/partners/update-in-place", test_update_in_place);

  return g_test_run ();
}
