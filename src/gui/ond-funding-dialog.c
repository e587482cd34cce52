/* ond-funding-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a funding. The amount is parsed here (ond_money_parse); the rules (a year of
 * the plan, a source, an amount of 0 or more within the limit, lines of the plan) are the
 * store's, and its refusal goes below the field its OND_BUDGET_ERROR code names: the year,
 * the source, the amount or the eligible lines. Any other refusal (the funding is gone)
 * goes above the form. Funding someone else changed since the form opened is not saved over:
 * the form shows what changed and lets the user choose (ond_conflict_dialog_new). The cost
 * lines are check buttons in an expander row, each with the
 * line's name as its accessible name. */

#define G_LOG_DOMAIN "ond-funding-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-form.h"
#include "ond-budget-line.h"
#include "ond-case-conflict-dialog.h"
#include "ond-funding-dialog.h"
#include "ond-money.h"
#include "ond-store-budget.h"
#include "ond-store-plan-conflict.h"
#include "ond-store-vocabulary.h"
#include "ond-xlsx-export.h"
#include "ond-year-list.h"

struct _OndFundingDialog
{
  AdwWindow            parent_instance;

  OndBudgetFormWidgets form;

  OndFormField         year;
  OndFormField         source;
  OndFormField         amount;
  OndFormField         earmark;
  OndFormField         lines;         /* the expander row of lines_row */
  AdwExpanderRow      *lines_row;
  GPtrArray           *line_checks;   /* GtkCheckButton, in the order of line_ids */
  GArray              *line_ids;
  GPtrArray           *sources;       /* OndVocabularyEntry */

  OndStore            *store;
  OndPlan             *plan;
  OndFunding          *funding;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_FUNDING,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndFundingDialog, ond_funding_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_errors (OndFundingDialog *self)
{
  ond_budget_form_set_error (&self->year, NULL);
  ond_budget_form_set_error (&self->source, NULL);
  ond_budget_form_set_error (&self->amount, NULL);
  ond_budget_form_set_error (&self->earmark, NULL);
  ond_budget_form_set_error (&self->lines, NULL);
  ond_budget_form_show_general_error (&self->form, NULL);
}

static void
show_refusal (OndFundingDialog *self,
              const GError     *error)
{
  const OndBudgetFormField fields[] = {
    { OND_BUDGET_ERROR_YEAR, &self->year },
    { OND_BUDGET_ERROR_SOURCE, &self->source },
    { OND_BUDGET_ERROR_AMOUNT, &self->amount },
    { OND_BUDGET_ERROR_LINES, &self->lines },
  };

  ond_budget_form_show_refusal (&self->form, error, fields, G_N_ELEMENTS (fields));
}

static void save (OndFundingDialog *self);
static void load_values (OndFundingDialog *self,
                         OndFunding       *funding);

/* The answer to a refused save (as the intervention editor's): go on with the funding as
 * read now, either showing it (their version) or saving the form over it. */
static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndFundingDialog *self = OND_FUNDING_DIALOG (form);

  g_set_object (&self->funding, current);
  if (overwrite)
    {
      save (self);
      return;
    }
  clear_errors (self);
  load_values (self, current);
}

/* Someone else changed the funding after the form was opened: read it again and show what
 * changed, to let the user choose. */
static void
show_conflict (OndFundingDialog *self,
               int               year,
               const char       *source,
               gint64            amount,
               const char       *earmark,
               GArray           *chosen)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndFunding) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  gint64 plan_id = ond_plan_get_id (self->plan);
  const OndConflictTexts texts = {
    _("Someone Else Changed This Funding"),
    _("The funding was changed after you opened it, so your changes have not been saved. "
      "This is what changed:"),
    _("The funding was changed after you opened it, but not in the fields of this form. "
      "Your changes have not been saved."),
  };

  current = ond_store_get_funding (self->store, plan_id, ond_funding_get_id (self->funding),
                                   &error);
  if (current != NULL)
    changes = ond_store_compare_funding_edit (self->store, plan_id, self->funding, year,
                                              source, amount, earmark,
                                              (const gint64 *) (gpointer) chosen->data,
                                              chosen->len, current, &error);
  if (changes == NULL)
    {
      ond_budget_form_show_general_error (&self->form, error->message);
      return;
    }
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

static void
save (OndFundingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GArray) chosen = g_array_new (FALSE, FALSE, sizeof (gint64));
  guint year_index = adw_combo_row_get_selected (ADW_COMBO_ROW (self->year.field));
  guint source_index = adw_combo_row_get_selected (ADW_COMBO_ROW (self->source.field));
  OndVocabularyEntry *source;
  gint64 amount;
  gint64 id;
  int year;

  clear_errors (self);

  if (source_index >= self->sources->len)
    {
      ond_budget_form_set_error (&self->source, _("Choose where the money comes from"));
      return;
    }
  source = g_ptr_array_index (self->sources, source_index);
  if (!ond_budget_form_parse_money (&self->amount, FALSE, &amount))
    return;

  for (guint i = 0; i < self->line_checks->len; i++)
    if (gtk_check_button_get_active (g_ptr_array_index (self->line_checks, i)))
      g_array_append_val (chosen, g_array_index (self->line_ids, gint64, i));

  year = ond_plan_get_first_year (self->plan) + (int) year_index;
  if (self->funding == NULL)
    id = ond_store_save_funding (self->store, ond_plan_get_id (self->plan), 0, year,
                                 source->code, amount, ond_budget_form_get_text (&self->earmark),
                                 (const gint64 *) (gpointer) chosen->data, chosen->len, &error);
  else
    /* Saved only while nobody else changed it since the form was opened. */
    id = ond_store_save_funding_edit (self->store, ond_plan_get_id (self->plan), self->funding,
                                      year, source->code, amount,
                                      ond_budget_form_get_text (&self->earmark),
                                      (const gint64 *) (gpointer) chosen->data, chosen->len,
                                      &error);
  if (id == 0)
    {
      g_message ("The funding was not saved: %s", error->message);
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_conflict (self, year, source->code, amount,
                       ond_budget_form_get_text (&self->earmark), chosen);
      else
        show_refusal (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndFundingDialog *self,
                    GtkButton        *button)
{
  save (self);
}

/* A check row per cost line of the plan, ticked when the funding may pay for it. */
static void
add_line_checks (OndFundingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GListModel) lines = NULL;

  self->lines_row = g_object_new (ADW_TYPE_EXPANDER_ROW,
                                  "title", _("Eligible cost lines"),
                                  "subtitle", _("None ticked: it may pay for any cost line"),
                                  "use-markup", FALSE,
                                  NULL);
  ond_form_field_add (self->form.group, GTK_WIDGET (self->lines_row), &self->lines);

  lines = ond_store_list_budget_lines (self->store, ond_plan_get_id (self->plan), &error);
  if (lines == NULL)
    {
      ond_budget_form_show_general_error (&self->form, error->message);
      return;
    }

  for (guint i = 0; i < g_list_model_get_n_items (lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (lines, i);
      gint64 line_id = ond_budget_line_get_id (line);
      GtkWidget *check = gtk_check_button_new ();
      GtkWidget *row = g_object_new (ADW_TYPE_ACTION_ROW,
                                     "title", ond_budget_line_get_name (line),
                                     "title-lines", 0,
                                     "use-markup", FALSE,
                                     "activatable-widget", check,
                                     NULL);

      gtk_widget_set_valign (check, GTK_ALIGN_CENTER);
      gtk_accessible_update_property (GTK_ACCESSIBLE (check),
                                      GTK_ACCESSIBLE_PROPERTY_LABEL,
                                      ond_budget_line_get_name (line),
                                      -1);
      adw_action_row_add_prefix (ADW_ACTION_ROW (row), check);
      adw_expander_row_add_row (self->lines_row, row);
      g_ptr_array_add (self->line_checks, check);
      g_array_append_val (self->line_ids, line_id);
    }
}

/* Fills the fields in from @funding: as the form opens, and again when the user keeps the
 * version someone else saved. */
static void
load_values (OndFundingDialog *self,
             OndFunding       *funding)
{
  g_autofree char *amount = ond_money_format (ond_funding_get_amount (funding));
  int first_year = ond_plan_get_first_year (self->plan);
  int last_year = ond_plan_get_last_year (self->plan);
  int year = CLAMP (ond_funding_get_year (funding), first_year, last_year);
  guint n_earmarked = 0;

  adw_combo_row_set_selected (ADW_COMBO_ROW (self->year.field), (guint) (year - first_year));
  for (guint i = 0; i < self->sources->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (self->sources, i);

      if (g_strcmp0 (entry->code, ond_funding_get_source (funding)) == 0)
        adw_combo_row_set_selected (ADW_COMBO_ROW (self->source.field), i);
    }
  gtk_editable_set_text (GTK_EDITABLE (self->amount.field), amount);
  gtk_editable_set_text (GTK_EDITABLE (self->earmark.field),
                         ond_funding_get_earmark (funding) != NULL
                         ? ond_funding_get_earmark (funding) : "");
  ond_funding_get_line_ids (funding, &n_earmarked);
  for (guint i = 0; i < self->line_checks->len; i++)
    gtk_check_button_set_active (g_ptr_array_index (self->line_checks, i),
                                 n_earmarked > 0
                                 && ond_funding_may_pay_for (funding,
                                                             g_array_index (self->line_ids,
                                                                            gint64, i)));
}

static void
build_form (OndFundingDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) years = NULL;
  g_autoptr(GtkStringList) sources = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  const char *title = self->funding == NULL ? _("New Funding") : _("Edit Funding");
  int first_year = ond_plan_get_first_year (self->plan);
  int last_year = ond_plan_get_last_year (self->plan);
  int year = ond_report_default_year (first_year, last_year, now);
  AdwComboRow *combo;

  ond_budget_form_set_title (&self->form, GTK_WINDOW (self), title);

  self->sources = ond_store_list_vocabulary (self->store, "funding_source", &error);
  if (self->sources == NULL)
    {
      self->sources = g_ptr_array_new ();
      ond_budget_form_show_general_error (&self->form, error->message);
    }
  for (guint i = 0; i < self->sources->len; i++)
    {
      OndVocabularyEntry *entry_source = g_ptr_array_index (self->sources, i);

      gtk_string_list_append (sources, entry_source->label);
    }
  years = ond_year_list_new (first_year, last_year);

  combo = ond_budget_form_add_combo (self->form.group, &self->year, _("Year"), years);
  adw_combo_row_set_selected (combo, (guint) (CLAMP (year, first_year, last_year) - first_year));
  ond_budget_form_add_combo (self->form.group, &self->source, _("Source"), sources);
  ond_budget_form_add_entry (self->form.group, &self->amount, _("Amount"));
  ond_budget_form_add_entry (self->form.group, &self->earmark, _("Earmark (optional)"));
  add_line_checks (self);
  if (self->funding != NULL)
    load_values (self, self->funding);
}

static void
ond_funding_dialog_constructed (GObject *object)
{
  OndFundingDialog *self = OND_FUNDING_DIALOG (object);

  G_OBJECT_CLASS (ond_funding_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL);
  build_form (self);
  gtk_widget_grab_focus (self->amount.field);
}

static void
ond_funding_dialog_dispose (GObject *object)
{
  OndFundingDialog *self = OND_FUNDING_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_FUNDING_DIALOG);
  if (self->line_checks != NULL)
    g_ptr_array_set_size (self->line_checks, 0);

  G_OBJECT_CLASS (ond_funding_dialog_parent_class)->dispose (object);
}

static void
ond_funding_dialog_finalize (GObject *object)
{
  OndFundingDialog *self = OND_FUNDING_DIALOG (object);

  g_clear_pointer (&self->line_checks, g_ptr_array_unref);
  g_clear_pointer (&self->line_ids, g_array_unref);
  g_clear_pointer (&self->sources, g_ptr_array_unref);
  g_clear_object (&self->funding);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_funding_dialog_parent_class)->finalize (object);
}

static void
ond_funding_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndFundingDialog *self = OND_FUNDING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_FUNDING:
      g_value_set_object (value, self->funding);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_funding_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndFundingDialog *self = OND_FUNDING_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_FUNDING:
      self->funding = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_funding_dialog_class_init (OndFundingDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_funding_dialog_constructed;
  object_class->dispose = ond_funding_dialog_dispose;
  object_class->finalize = ond_funding_dialog_finalize;
  object_class->get_property = ond_funding_dialog_get_property;
  object_class->set_property = ond_funding_dialog_set_property;

  properties[PROP_STORE] = ond_budget_form_param_store ();
  properties[PROP_PLAN] = ond_budget_form_param_plan ();
  properties[PROP_FUNDING] =
    g_param_spec_object ("funding", NULL, NULL,
                         OND_TYPE_FUNDING,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndFundingDialog::saved:
   * @self: the form
   * @id: the id of the funding added or changed
   *
   * The store accepted the form; the window closes right after.
   */
  signals[SAVED] =
    ond_budget_form_class_setup (widget_class, RESOURCE_BASE "/ui/ond-funding-dialog.ui",
                                 G_STRUCT_OFFSET (OndFundingDialog, form),
                                 G_CALLBACK (on_save_clicked_cb));
}

static void
ond_funding_dialog_init (OndFundingDialog *self)
{
  self->line_checks = g_ptr_array_new ();
  self->line_ids = g_array_new (FALSE, FALSE, sizeof (gint64));

  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_funding_dialog_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: the plan the funding is for
 * @funding: (nullable): the funding to change, or %NULL for a new one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndFundingDialog *
ond_funding_dialog_new (GtkWindow  *parent,
                        OndStore   *store,
                        OndPlan    *plan,
                        OndFunding *funding)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (funding == NULL || OND_IS_FUNDING (funding), NULL);

  return g_object_new (OND_TYPE_FUNDING_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "funding", funding,
                       NULL);
}
