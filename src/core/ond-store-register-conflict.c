/* ond-store-register-conflict.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What changed in a record of a register while the user had it open for editing (optimistic
 * locking, see ond-store-migration-11.c): the fields of its form where the current row differs
 * from the version the user opened, with the user's value and the other person's, as the form
 * shows them (dates as dd-mm-yyyy, the labels of kinds and domains, the names of the area,
 * theme and partners, the planning row, the case's reference). The same OndCaseChange list as
 * a case's (ond-store-case-conflict.c), for the one conflict dialog. Each value of the three
 * versions is shown by the same rule, so that a name changed elsewhere (an area renamed) is no
 * change of the record.
 */

#define G_LOG_DOMAIN "ond-store-registers"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-date.h"
#include "ond-partner.h"
#include "ond-store-private.h"
#include "ond-store-register-conflict.h"
#include "ond-store-vocabulary.h"

/* A field of a register's form: the name of the change (static) and its label there. */
typedef struct
{
  const char *field;
  const char *label;
} Field;

static const Field control_fields[] = {
  { "date", N_("Date") },
  { "kind", N_("Kind") },
  { "area-id", N_("Area") },
  { "businesses", N_("Businesses visited") },
  { "signals", N_("Signals found") },
  { "partners", N_("Partners present") },
  { "note", N_("Note") },
};

static const Field measure_fields[] = {
  { "date", N_("Date") },
  { "kind", N_("Kind") },
  { "domain", N_("Domain") },
  { "legal-basis", N_("Legal basis") },
  { "area-id", N_("Area") },
  { "case-id", N_("Case reference") },
};

static const Field stop_talk_fields[] = {
  { "date", N_("Date") },
  { "branch", N_("Branch") },
  { "maatwerk", N_("Tailored solution") },
  { "area-id", N_("Area") },
};

static const Field activity_fields[] = {
  { "date", N_("Date") },
  { "kind", N_("Kind") },
  { "theme-id", N_("Theme") },
  { "plan-item-id", N_("Planning row") },
  { "area-id", N_("Area") },
  { "note", N_("Note") },
};

/* What the forms show for ids and codes, read from the store when first needed. */
typedef struct
{
  OndStore   *store;
  GHashTable *vocabularies;   /* table -> GPtrArray of OndVocabularyEntry */
  GHashTable *partners;       /* id -> short name */
  GArray     *partner_order;  /* ids, in the order of the partner list */
} Names;

static void
names_clear (Names *names)
{
  g_clear_pointer (&names->vocabularies, g_hash_table_unref);
  g_clear_pointer (&names->partners, g_hash_table_unref);
  g_clear_pointer (&names->partner_order, g_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (Names, names_clear)

/* The values of the fields of one record, in the order of its fields: (transfer full). */
typedef GPtrArray *(*ShowFunc) (Names    *names,
                                GObject  *record,
                                GError  **error);

/* Adds @value (transfer full) to @values; FALSE when it is NULL (an error was set). */
static gboolean
add (GPtrArray *values,
     char      *value)
{
  if (value == NULL)
    return FALSE;
  g_ptr_array_add (values, value);
  return TRUE;
}

static char *
trimmed (const char *text)
{
  return g_strstrip (g_strdup (text != NULL ? text : ""));
}

static char *
shown_date (const char *iso)
{
  return iso != NULL && iso[0] != '\0' ? ond_date_format (iso) : g_strdup ("");
}

static char *
shown_count (gint64 count)
{
  return g_strdup_printf ("%" G_GINT64_FORMAT, count);
}

static char *
yes_no (gboolean yes)
{
  return g_strdup (yes ? _("Yes") : _("No"));
}

static char *
label_of (Names       *names,
          const char  *table,
          const char  *code,
          GError     **error)
{
  GPtrArray *entries = g_hash_table_lookup (names->vocabularies, table);

  if (entries == NULL)
    {
      entries = ond_store_list_vocabulary (names->store, table, error);
      if (entries == NULL)
        return NULL;
      g_hash_table_insert (names->vocabularies, (gpointer) table, entries);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      if (g_strcmp0 (entry->code, code) == 0)
        return g_strdup (entry->label);
    }
  return g_strdup (code != NULL ? code : "");
}

/* The first column of @sql for @id as text; @none for id 0, the number for an id without a
 * row (it cannot be saved anyway). */
static char *
name_of (Names       *names,
         const char  *sql,
         gint64       id,
         const char  *none,
         GError     **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  if (id == 0)
    return g_strdup (none);
  stmt = _ond_store_prepare (names->store, sql, error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  return has_row ? g_strdup (ond_statement_get_text (stmt, 0))
                 : g_strdup_printf ("%" G_GINT64_FORMAT, id);
}

static char *
area_name (Names   *names,
           gint64   area_id,
           GError **error)
{
  return name_of (names, "SELECT name FROM area WHERE id = ?", area_id, _("No area"), error);
}

/* As the form's list of planning rows shows one, with the whole text. */
static char *
plan_item_name (Names   *names,
                gint64   plan_item_id,
                GError **error)
{
  g_autoptr(OndStatement) stmt = NULL;
  gboolean has_row = FALSE;

  if (plan_item_id == 0)
    return g_strdup (_("No planning row"));
  stmt = _ond_store_prepare (names->store,
                             "SELECT i.year, d.label, i.what FROM plan_item AS i"
                             " JOIN period AS d ON d.code = i.period WHERE i.id = ?",
                             error);
  if (stmt == NULL ||
      !ond_statement_bind_int64 (stmt, 1, plan_item_id, error) ||
      !ond_statement_step (stmt, &has_row, error))
    return NULL;
  if (!has_row)
    return g_strdup_printf ("%" G_GINT64_FORMAT, plan_item_id);
  /* Translators: a planning row to choose: year, period and (shortened) text, e.g.
   * "2023 · Q3 · Bewustwordingsbijeenkomst burgers". */
  return g_strdup_printf (_("%d · %s · %s"), (int) ond_statement_get_int64 (stmt, 0),
                          ond_statement_get_text (stmt, 1), ond_statement_get_text (stmt, 2));
}

static gboolean
has_id (const gint64 *ids,
        guint         n_ids,
        gint64        id)
{
  for (guint i = 0; i < n_ids; i++)
    if (ids[i] == id)
      return TRUE;
  return FALSE;
}

/* The short names of the partners present, in the order of the partner list, as the form
 * sums them up; a partner gone since as its number at the end. */
static char *
partner_names (Names         *names,
               const gint64  *ids,
               guint          n_ids,
               GError       **error)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (names->partners == NULL)
    {
      g_autoptr(GListModel) partners = ond_store_list_partners (names->store, error);

      if (partners == NULL)
        return NULL;
      names->partners = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, g_free);
      names->partner_order = g_array_new (FALSE, FALSE, sizeof (gint64));
      for (guint i = 0; i < g_list_model_get_n_items (partners); i++)
        {
          g_autoptr(OndPartner) partner = g_list_model_get_item (partners, i);
          gint64 id = ond_partner_get_id (partner);

          g_hash_table_insert (names->partners, g_memdup2 (&id, sizeof id),
                               g_strdup (ond_partner_get_short_name (partner)));
          g_array_append_val (names->partner_order, id);
        }
    }
  for (guint i = 0; i < names->partner_order->len; i++)
    {
      gint64 id = g_array_index (names->partner_order, gint64, i);

      if (has_id (ids, n_ids, id))
        g_string_append_printf (text, "%s%s", text->len > 0 ? ", " : "",
                                (const char *) g_hash_table_lookup (names->partners, &id));
    }
  for (guint i = 0; i < n_ids; i++)
    if (!g_hash_table_contains (names->partners, &ids[i]) && !has_id (ids, i, ids[i]))
      g_string_append_printf (text, "%s%" G_GINT64_FORMAT, text->len > 0 ? ", " : "", ids[i]);
  if (text->len == 0)
    return g_strdup (_("None chosen"));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

static GPtrArray *
show_control (Names    *names,
              GObject  *record,
              GError  **error)
{
  OndControl *control = OND_CONTROL (record);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);
  guint n_partners = 0;
  const gint64 *partner_ids = ond_control_get_partner_ids (control, &n_partners);

  if (!add (values, shown_date (ond_control_get_date (control))) ||
      !add (values, label_of (names, "control_kind", ond_control_get_kind (control), error)) ||
      !add (values, area_name (names, ond_control_get_area_id (control), error)) ||
      !add (values, shown_count (ond_control_get_businesses (control))) ||
      !add (values, shown_count (ond_control_get_signals (control))) ||
      !add (values, partner_names (names, partner_ids, n_partners, error)) ||
      !add (values, trimmed (ond_control_get_note (control))))
    return NULL;
  return g_steal_pointer (&values);
}

static GPtrArray *
show_measure (Names    *names,
              GObject  *record,
              GError  **error)
{
  OndMeasure *measure = OND_MEASURE (record);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  /* The case by its reference only, as the register's list shows it. */
  if (!add (values, shown_date (ond_measure_get_date (measure))) ||
      !add (values, label_of (names, "measure_kind", ond_measure_get_kind (measure), error)) ||
      !add (values, label_of (names, "measure_domain", ond_measure_get_domain (measure),
                              error)) ||
      !add (values, trimmed (ond_measure_get_legal_basis (measure))) ||
      !add (values, area_name (names, ond_measure_get_area_id (measure), error)) ||
      !add (values, name_of (names, "SELECT reference FROM case_file WHERE id = ?",
                             ond_measure_get_case_id (measure), "", error)))
    return NULL;
  return g_steal_pointer (&values);
}

static GPtrArray *
show_stop_talk (Names    *names,
                GObject  *record,
                GError  **error)
{
  OndStopTalk *stop_talk = OND_STOP_TALK (record);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  if (!add (values, shown_date (ond_stop_talk_get_date (stop_talk))) ||
      !add (values, trimmed (ond_stop_talk_get_branch (stop_talk))) ||
      !add (values, yes_no (ond_stop_talk_get_maatwerk (stop_talk))) ||
      !add (values, area_name (names, ond_stop_talk_get_area_id (stop_talk), error)))
    return NULL;
  return g_steal_pointer (&values);
}

static GPtrArray *
show_activity (Names    *names,
               GObject  *record,
               GError  **error)
{
  OndActivity *activity = OND_ACTIVITY (record);
  g_autoptr(GPtrArray) values = g_ptr_array_new_with_free_func (g_free);

  if (!add (values, shown_date (ond_activity_get_date (activity))) ||
      !add (values, label_of (names, "activity_kind", ond_activity_get_kind (activity),
                              error)) ||
      !add (values, name_of (names, "SELECT name FROM theme WHERE id = ?",
                             ond_activity_get_theme_id (activity), _("No theme"), error)) ||
      !add (values, plan_item_name (names, ond_activity_get_plan_item_id (activity), error)) ||
      !add (values, area_name (names, ond_activity_get_area_id (activity), error)) ||
      !add (values, trimmed (ond_activity_get_note (activity))))
    return NULL;
  return g_steal_pointer (&values);
}

/* What the compare and the reading again need to know of a register. */
typedef struct
{
  GType       (*get_type) (void);
  GListModel *(*list) (OndStore  *self,
                       GError   **error);
  const Field  *fields;
  guint         n_fields;
  ShowFunc      show;
  const char   *not_found;
} Register;

static const Register registers[] = {
  { ond_control_get_type, ond_store_list_controls, control_fields,
    G_N_ELEMENTS (control_fields), show_control, N_("The control does not exist (any more).") },
  { ond_measure_get_type, ond_store_list_measures, measure_fields,
    G_N_ELEMENTS (measure_fields), show_measure, N_("The measure does not exist (any more).") },
  { ond_stop_talk_get_type, ond_store_list_stop_talks, stop_talk_fields,
    G_N_ELEMENTS (stop_talk_fields), show_stop_talk,
    N_("The stop talk does not exist (any more).") },
  { ond_activity_get_type, ond_store_list_activities, activity_fields,
    G_N_ELEMENTS (activity_fields), show_activity,
    N_("The activity does not exist (any more).") },
};

static const Register *
find_register (GType type)
{
  for (guint i = 0; i < G_N_ELEMENTS (registers); i++)
    if (registers[i].get_type () == type)
      return &registers[i];
  return NULL;
}

/**
 * ond_store_get_register_record:
 * @self: a #OndStore
 * @type: the type of the register's records: %OND_TYPE_CONTROL, %OND_TYPE_MEASURE,
 *   %OND_TYPE_STOP_TALK or %OND_TYPE_ACTIVITY
 * @id: the record
 * @error: return location for an error
 *
 * Returns: (transfer full): the record as it is now, with the labels and names of its list
 *   and its row version, or %NULL with @error set (%OND_STORE_ERROR_NOT_FOUND when it is gone)
 */
GObject *
ond_store_get_register_record (OndStore  *self,
                               GType      type,
                               gint64     id,
                               GError   **error)
{
  const Register *reg = find_register (type);
  g_autoptr(GListModel) list = NULL;
  guint n;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (reg != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  list = reg->list (self, error);
  if (list == NULL)
    return NULL;
  n = g_list_model_get_n_items (list);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(GObject) record = g_list_model_get_item (list, i);
      gint64 record_id = 0;

      g_object_get (record, "id", &record_id, NULL);
      if (record_id == id)
        return g_steal_pointer (&record);
    }
  g_set_error_literal (error, OND_STORE_ERROR, OND_STORE_ERROR_NOT_FOUND, _(reg->not_found));
  return NULL;
}

/**
 * ond_store_compare_register_edit:
 * @self: a #OndStore
 * @opened: the record as the user opened it
 * @mine: the record read from the user's form (labels and names not needed)
 * @current: the record as it is now (ond_store_get_register_record () after
 *   %OND_STORE_ERROR_CONFLICT)
 * @error: return location for an error
 *
 * Lists each field of the record's form that someone else changed: where @current differs
 * from @opened, with the value in @mine. Works on a read-only store.
 *
 * Returns: (transfer full) (element-type OndCaseChange): the changes in the order of the
 *   form, or %NULL with @error set
 */
GPtrArray *
ond_store_compare_register_edit (OndStore  *self,
                                 GObject   *opened,
                                 GObject   *mine,
                                 GObject   *current,
                                 GError   **error)
{
  const Register *reg;
  g_auto(Names) names = { 0 };
  g_autoptr(GPtrArray) before = NULL;
  g_autoptr(GPtrArray) theirs = NULL;
  g_autoptr(GPtrArray) my_values = NULL;
  g_autoptr(GPtrArray) changes = NULL;

  g_return_val_if_fail (OND_IS_STORE (self), NULL);
  g_return_val_if_fail (G_IS_OBJECT (opened), NULL);
  reg = find_register (G_OBJECT_TYPE (opened));
  g_return_val_if_fail (reg != NULL, NULL);
  g_return_val_if_fail (G_OBJECT_TYPE (mine) == G_OBJECT_TYPE (opened), NULL);
  g_return_val_if_fail (G_OBJECT_TYPE (current) == G_OBJECT_TYPE (opened), NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  names.store = self;
  names.vocabularies = g_hash_table_new_full (g_str_hash, g_str_equal, NULL,
                                              (GDestroyNotify) g_ptr_array_unref);
  if ((before = reg->show (&names, opened, error)) == NULL ||
      (theirs = reg->show (&names, current, error)) == NULL ||
      (my_values = reg->show (&names, mine, error)) == NULL)
    return NULL;
  g_assert (before->len == reg->n_fields && theirs->len == reg->n_fields &&
            my_values->len == reg->n_fields);

  changes = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_change_free);
  for (guint i = 0; i < reg->n_fields; i++)
    ond_case_change_add (changes, reg->fields[i].field, _(reg->fields[i].label),
                         g_ptr_array_index (before, i), g_ptr_array_index (theirs, i),
                         g_ptr_array_index (my_values, i));
  return g_steal_pointer (&changes);
}
