/* ond-register-editor-fields.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The fields of the register editor: the rows of each register's form (every field the
 * store can refuse has a message row right below it, kept by the OndRegisterError code that
 * names the field), filled from the record changed, and filled again from the record as it
 * is now when the user keeps someone else's version (ond-register-editor-conflict.c). The
 * form is read back into a record in ond-register-editor-read.c. */

#define G_LOG_DOMAIN "ond-register-editor"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-case-choices.h"
#include "ond-date.h"
#include "ond-register-choices.h"
#include "ond-register-editor-private.h"

/* The spin buttons accept more than the store does, so that a typing error is refused with
 * a message instead of being cut down to a count nobody entered. */
#define MAX_COUNT 100000

/* Making the rows. */

/* Adds @row to the form, with a hidden message row below it when the store can refuse it
 * (@code, or -1). */
static gpointer
add_row (OndRegisterEditor *self,
         int                code,
         gpointer           row)
{
  ond_form_field_add (self->group, GTK_WIDGET (row), code >= 0 ? &self->fields[code] : NULL);
  return row;
}

static AdwEntryRow *
add_entry_row (OndRegisterEditor *self,
               int                code,
               const char        *title)
{
  GtkWidget *row = adw_entry_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_entry_row_set_activates_default (ADW_ENTRY_ROW (row), TRUE);
  return add_row (self, code, row);
}

/* The choices of a combo row, in its popover: whole, wrapped over lines, so that two
 * planning rows that start alike can be told apart; the chosen one with a check mark. */
static void
setup_choice_cb (GtkSignalListItemFactory *factory,
                 GtkListItem              *list_item,
                 AdwComboRow              *row)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkWidget *label = g_object_new (GTK_TYPE_LABEL,
                                   "xalign", 0.0f,
                                   "hexpand", TRUE,
                                   "wrap", TRUE,
                                   "wrap-mode", PANGO_WRAP_WORD_CHAR,
                                   "max-width-chars", 50,
                                   "use-markup", FALSE,
                                   NULL);
  GtkWidget *check = gtk_image_new_from_icon_name ("object-select-symbolic");

  gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                  GTK_ACCESSIBLE_PROPERTY_LABEL, _("Chosen"), -1);
  gtk_box_append (GTK_BOX (box), label);
  gtk_box_append (GTK_BOX (box), check);
  gtk_list_item_set_child (list_item, box);
}

static void
bind_choice_cb (GtkSignalListItemFactory *factory,
                GtkListItem              *list_item,
                AdwComboRow              *row)
{
  GtkStringObject *choice = gtk_list_item_get_item (list_item);
  GtkWidget *label = gtk_widget_get_first_child (gtk_list_item_get_child (list_item));

  gtk_label_set_label (GTK_LABEL (label), gtk_string_object_get_string (choice));
  gtk_widget_set_visible (gtk_widget_get_next_sibling (label),
                          gtk_list_item_get_position (list_item) ==
                          adw_combo_row_get_selected (row));
}

static AdwComboRow *
add_combo_row (OndRegisterEditor *self,
               int                code,
               const char        *title)
{
  GtkWidget *row = adw_combo_row_new ();
  g_autoptr(GtkListItemFactory) factory = gtk_signal_list_item_factory_new ();

  g_signal_connect (factory, "setup", G_CALLBACK (setup_choice_cb), row);
  g_signal_connect (factory, "bind", G_CALLBACK (bind_choice_cb), row);
  adw_combo_row_set_list_factory (ADW_COMBO_ROW (row), factory);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  return add_row (self, code, row);
}

/* A row with a spin button for a count; the row is the field. */
static GtkSpinButton *
add_count_row (OndRegisterEditor *self,
               int                code,
               const char        *title)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *spin = gtk_spin_button_new_with_range (0, MAX_COUNT, 1);

  gtk_spin_button_set_numeric (GTK_SPIN_BUTTON (spin), TRUE);
  gtk_widget_set_valign (spin, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), spin);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), spin);
  add_row (self, code, row);
  return GTK_SPIN_BUTTON (spin);
}

static GtkSwitch *
add_switch_row (OndRegisterEditor *self,
                const char        *title,
                const char        *subtitle)
{
  GtkWidget *row = adw_action_row_new ();
  GtkWidget *toggle = gtk_switch_new ();

  gtk_widget_set_valign (toggle, GTK_ALIGN_CENTER);
  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), title);
  adw_action_row_set_subtitle (ADW_ACTION_ROW (row), subtitle);
  adw_action_row_add_suffix (ADW_ACTION_ROW (row), toggle);
  adw_action_row_set_activatable_widget (ADW_ACTION_ROW (row), toggle);
  add_row (self, -1, row);
  return GTK_SWITCH (toggle);
}

static void
report_choices_error (OndRegisterEditor *self,
                      gboolean           ok,
                      GError            *error)
{
  if (!ok && error != NULL)
    _ond_register_editor_show_field_error (self, OND_REGISTER_N_FIELDS, error->message);
}

/* A combo row offering a closed vocabulary of the store (@table); returns its entries. */
static GPtrArray *
add_vocabulary_row (OndRegisterEditor  *self,
                    int                 code,
                    const char         *title,
                    const char         *table,
                    AdwComboRow       **row)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) labels = NULL;
  GPtrArray *entries;

  *row = add_combo_row (self, code, title);
  entries = ond_store_list_vocabulary (self->store, table, &error);
  report_choices_error (self, entries != NULL, error);
  labels = ond_case_choices_model (entries, NULL);
  adw_combo_row_set_model (*row, G_LIST_MODEL (labels));
  return entries;
}

static void
fill_areas (OndRegisterEditor *self,
            gint64             own_id)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ond_register_choices_areas (self->area_row, self->area_ids, self->store, own_id, &error);
  report_choices_error (self, ok, error);
}

static void
on_partner_toggled_cb (OndRegisterEditor *self,
                       GtkCheckButton    *check)
{
  g_autoptr(GString) names = g_string_new (NULL);

  for (guint i = 0; i < self->partner_checks->len; i++)
    {
      GtkWidget *chosen = g_ptr_array_index (self->partner_checks, i);
      GtkWidget *row = gtk_widget_get_ancestor (chosen, ADW_TYPE_ACTION_ROW);
      const char *name;

      if (!gtk_check_button_get_active (GTK_CHECK_BUTTON (chosen)) || row == NULL)
        continue;
      name = adw_action_row_get_subtitle (ADW_ACTION_ROW (row));
      if (name == NULL || name[0] == '\0')
        name = adw_preferences_row_get_title (ADW_PREFERENCES_ROW (row));
      if (names->len > 0)
        g_string_append (names, ", ");
      g_string_append (names, name);
    }

  adw_expander_row_set_subtitle (self->partners_row,
                                 names->len > 0 ? names->str : _("None chosen"));
}

static void
add_partners_row (OndRegisterEditor *self)
{
  GtkWidget *row = adw_expander_row_new ();

  adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), _("Partners present"));
  adw_preferences_row_set_use_markup (ADW_PREFERENCES_ROW (row), FALSE);
  self->partners_row = add_row (self, OND_REGISTER_ERROR_PARTNERS, row);
}

/* A row per partner that can be chosen (the current ones, and retired ones among @own_ids),
 * ticked when it is one of @own_ids; the rows of an earlier fill go. */
static void
fill_partners (OndRegisterEditor *self,
               const gint64      *own_ids,
               guint              n_own)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  for (guint i = 0; i < self->partner_checks->len; i++)
    {
      GtkWidget *row = gtk_widget_get_ancestor (g_ptr_array_index (self->partner_checks, i),
                                                ADW_TYPE_ACTION_ROW);

      if (row != NULL)
        adw_expander_row_remove (self->partners_row, row);
    }
  g_ptr_array_set_size (self->partner_checks, 0);
  g_array_set_size (self->partner_ids, 0);

  ok = ond_register_choices_partners (self->partners_row, self->partner_checks,
                                      self->partner_ids, self->store, own_ids, n_own, &error);
  report_choices_error (self, ok, error);

  for (guint i = 0; i < self->partner_checks->len; i++)
    {
      GtkCheckButton *check = g_ptr_array_index (self->partner_checks, i);

      for (guint k = 0; k < n_own; k++)
        if (own_ids[k] == g_array_index (self->partner_ids, gint64, i))
          gtk_check_button_set_active (check, TRUE);
      g_signal_connect_object (check, "toggled", G_CALLBACK (on_partner_toggled_cb), self,
                               G_CONNECT_SWAPPED);
    }
  on_partner_toggled_cb (self, NULL);
}

/* The forms of the four registers: the rows first, then filled from a record (or for a new
 * one). The choices that depend on the record (a retired area or partner it has, a theme or
 * planning row of another plan) are read again with each fill. */

static void
set_text (AdwEntryRow *row,
          const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

static void
select_code (AdwComboRow *row,
             GPtrArray   *entries,
             const char  *code)
{
  guint position = ond_case_choices_find (entries, code);

  adw_combo_row_set_selected (row, position != GTK_INVALID_LIST_POSITION ? position : 0);
}

static void
build_control_form (OndRegisterEditor *self)
{
  self->kinds = add_vocabulary_row (self, OND_REGISTER_ERROR_KIND, _("Kind"), "control_kind",
                                    &self->kind_row);
  self->area_row = add_combo_row (self, OND_REGISTER_ERROR_AREA, _("Area"));
  self->businesses_spin = add_count_row (self, OND_REGISTER_ERROR_BUSINESSES,
                                         _("Businesses visited"));
  self->signals_spin = add_count_row (self, OND_REGISTER_ERROR_SIGNALS, _("Signals found"));
  add_partners_row (self);
  self->note_row = add_entry_row (self, -1, _("Note"));
}

static void
fill_control_form (OndRegisterEditor *self,
                   OndControl        *control)
{
  const gint64 *partner_ids = NULL;
  guint n_partners = 0;

  if (control != NULL)
    partner_ids = ond_control_get_partner_ids (control, &n_partners);
  fill_areas (self, control != NULL ? ond_control_get_area_id (control) : 0);
  fill_partners (self, partner_ids, n_partners);

  if (control == NULL)
    return;
  select_code (self->kind_row, self->kinds, ond_control_get_kind (control));
  ond_register_choices_select_id (self->area_row, self->area_ids,
                                  ond_control_get_area_id (control));
  gtk_spin_button_set_value (self->businesses_spin, ond_control_get_businesses (control));
  gtk_spin_button_set_value (self->signals_spin, ond_control_get_signals (control));
  set_text (self->note_row, ond_control_get_note (control));
}

static void
build_measure_form (OndRegisterEditor *self)
{
  self->kinds = add_vocabulary_row (self, OND_REGISTER_ERROR_KIND, _("Kind"), "measure_kind",
                                    &self->kind_row);
  self->domains = add_vocabulary_row (self, OND_REGISTER_ERROR_DOMAIN, _("Domain"),
                                      "measure_domain", &self->domain_row);
  self->legal_basis_row = add_entry_row (self, -1, _("Legal basis (e.g. art. 13b Opiumwet)"));
  self->area_row = add_combo_row (self, OND_REGISTER_ERROR_AREA, _("Area"));
  self->case_row = add_entry_row (self, OND_REGISTER_ERROR_CASE,
                                  _("Case reference (optional, e.g. 2024-0012)"));
}

static void
fill_measure_form (OndRegisterEditor *self,
                   OndMeasure        *measure)
{
  fill_areas (self, measure != NULL ? ond_measure_get_area_id (measure) : 0);

  if (measure == NULL)
    return;
  select_code (self->kind_row, self->kinds, ond_measure_get_kind (measure));
  select_code (self->domain_row, self->domains, ond_measure_get_domain (measure));
  set_text (self->legal_basis_row, ond_measure_get_legal_basis (measure));
  ond_register_choices_select_id (self->area_row, self->area_ids,
                                  ond_measure_get_area_id (measure));
  set_text (self->case_row, ond_measure_get_case_reference (measure));
}

static void
build_stop_talk_form (OndRegisterEditor *self)
{
  self->branch_row = add_entry_row (self, OND_REGISTER_ERROR_BRANCH,
                                    _("Branch (e.g. accountancy, car trade)"));
  self->maatwerk_switch = add_switch_row (self, _("Tailored solution"),
                                          _("The talk led to a maatwerkoplossing"));
  self->area_row = add_combo_row (self, OND_REGISTER_ERROR_AREA, _("Area"));
}

static void
fill_stop_talk_form (OndRegisterEditor *self,
                     OndStopTalk       *stop_talk)
{
  fill_areas (self, stop_talk != NULL ? ond_stop_talk_get_area_id (stop_talk) : 0);

  if (stop_talk == NULL)
    return;
  set_text (self->branch_row, ond_stop_talk_get_branch (stop_talk));
  gtk_switch_set_active (self->maatwerk_switch, ond_stop_talk_get_maatwerk (stop_talk));
  ond_register_choices_select_id (self->area_row, self->area_ids,
                                  ond_stop_talk_get_area_id (stop_talk));
}

static void
build_activity_form (OndRegisterEditor *self)
{
  self->kinds = add_vocabulary_row (self, OND_REGISTER_ERROR_KIND, _("Kind"), "activity_kind",
                                    &self->kind_row);
  self->theme_row = add_combo_row (self, OND_REGISTER_ERROR_THEME, _("Theme"));
  self->plan_item_row = add_combo_row (self, OND_REGISTER_ERROR_PLAN_ITEM, _("Planning row"));
  self->area_row = add_combo_row (self, OND_REGISTER_ERROR_AREA, _("Area"));
  self->note_row = add_entry_row (self, -1, _("Note"));
}

static void
fill_activity_form (OndRegisterEditor *self,
                    OndActivity       *activity)
{
  g_autoptr(GError) error = NULL;
  gboolean ok;

  ok = ond_register_choices_themes (self->theme_row, self->theme_ids, self->store, self->plan,
                                    activity != NULL ? ond_activity_get_theme_id (activity) : 0,
                                    activity != NULL ? ond_activity_get_theme_name (activity)
                                                     : NULL,
                                    &error);
  report_choices_error (self, ok, error);
  g_clear_error (&error);
  ok = ond_register_choices_plan_items (self->plan_item_row, self->plan_item_ids, self->store,
                                        self->plan,
                                        activity != NULL ?
                                          ond_activity_get_plan_item_id (activity) : 0,
                                        activity != NULL ?
                                          ond_activity_get_plan_item_text (activity) : NULL,
                                        &error);
  report_choices_error (self, ok, error);
  fill_areas (self, activity != NULL ? ond_activity_get_area_id (activity) : 0);

  if (activity == NULL)
    return;
  select_code (self->kind_row, self->kinds, ond_activity_get_kind (activity));
  ond_register_choices_select_id (self->theme_row, self->theme_ids,
                                  ond_activity_get_theme_id (activity));
  ond_register_choices_select_id (self->plan_item_row, self->plan_item_ids,
                                  ond_activity_get_plan_item_id (activity));
  ond_register_choices_select_id (self->area_row, self->area_ids,
                                  ond_activity_get_area_id (activity));
  set_text (self->note_row, ond_activity_get_note (activity));
}

/**
 * _ond_register_editor_build_fields:
 * @self: an #OndRegisterEditor
 *
 * Makes the rows of the register's fields: filled from the record changed, or empty with
 * today's date for a new one.
 */
void
_ond_register_editor_build_fields (OndRegisterEditor *self)
{
  self->date_row = add_entry_row (self, OND_REGISTER_ERROR_DATE, _("Date (dd-mm-yyyy)"));
  switch (self->kind)
    {
    case OND_REGISTER_CONTROLS:
      build_control_form (self);
      break;

    case OND_REGISTER_MEASURES:
      build_measure_form (self);
      break;

    case OND_REGISTER_STOP_TALKS:
      build_stop_talk_form (self);
      break;

    case OND_REGISTER_ACTIVITIES:
    default:
      build_activity_form (self);
      break;
    }
  _ond_register_editor_fill_fields (self, self->record);
}

/**
 * _ond_register_editor_fill_fields:
 * @self: an #OndRegisterEditor
 * @record: (nullable): a record of the form's register, or %NULL for a new one
 *
 * Fills the fields in from @record (the record as opened, or as it is now after someone
 * else changed it); %NULL gives a new record's: today's date and the first choices.
 */
void
_ond_register_editor_fill_fields (OndRegisterEditor *self,
                                  GObject           *record)
{
  g_autofree char *date = NULL;

  switch (self->kind)
    {
    case OND_REGISTER_CONTROLS:
      fill_control_form (self, record != NULL ? OND_CONTROL (record) : NULL);
      if (record != NULL)
        date = ond_date_format (ond_control_get_date (OND_CONTROL (record)));
      break;

    case OND_REGISTER_MEASURES:
      fill_measure_form (self, record != NULL ? OND_MEASURE (record) : NULL);
      if (record != NULL)
        date = ond_date_format (ond_measure_get_date (OND_MEASURE (record)));
      break;

    case OND_REGISTER_STOP_TALKS:
      fill_stop_talk_form (self, record != NULL ? OND_STOP_TALK (record) : NULL);
      if (record != NULL)
        date = ond_date_format (ond_stop_talk_get_date (OND_STOP_TALK (record)));
      break;

    case OND_REGISTER_ACTIVITIES:
    default:
      fill_activity_form (self, record != NULL ? OND_ACTIVITY (record) : NULL);
      if (record != NULL)
        date = ond_date_format (ond_activity_get_date (OND_ACTIVITY (record)));
      break;
    }

  if (date == NULL)
    {
      g_autoptr(GDateTime) now = g_date_time_new_now_local ();

      date = g_date_time_format (now, "%d-%m-%Y");
    }
  set_text (self->date_row, date);
}
