/* ond-budget-change-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a budget change. The amount is parsed here (ond_money_parse); every rule of
 * a change (a real date, a year of the plan, not 0, a reason, the line's budget not below
 * 0) is the store's, and its refusal goes below the field its OND_BUDGET_ERROR code names:
 * the year, the date, the amount or the reason. Any other refusal (the line is gone) goes
 * above the form. */

#define G_LOG_DOMAIN "ond-budget-change-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-change-dialog.h"
#include "ond-budget-form.h"
#include "ond-budget-line.h"
#include "ond-money.h"
#include "ond-store-budget.h"
#include "ond-xlsx-export.h"
#include "ond-year-list.h"

struct _OndBudgetChangeDialog
{
  AdwWindow            parent_instance;

  OndBudgetFormWidgets form;

  OndFormField         line;
  OndFormField         year;
  OndFormField         date;
  OndFormField         amount;
  OndFormField         reason;

  OndStore            *store;
  OndPlan             *plan;
  gint64               line_id;
  GListModel          *lines;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_LINE_ID,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndBudgetChangeDialog, ond_budget_change_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static OndBudgetLine *
dup_chosen_line (OndBudgetChangeDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->line.field));

  if (self->lines == NULL || selected >= g_list_model_get_n_items (self->lines))
    return NULL;
  return g_list_model_get_item (self->lines, selected);
}

static int
chosen_year (OndBudgetChangeDialog *self)
{
  guint selected = adw_combo_row_get_selected (ADW_COMBO_ROW (self->year.field));

  if (selected == GTK_INVALID_LIST_POSITION)
    return 0;
  return ond_plan_get_first_year (self->plan) + (int) selected;
}

/* The line's budget for the year now, and what the amount typed makes of it. */
static void
describe_budget (OndBudgetChangeDialog *self)
{
  g_autoptr(OndBudgetLine) line = NULL;
  g_autofree char *now = NULL;
  g_autofree char *text = NULL;
  gint64 budget;
  gint64 amount;
  int year;

  /* Not yet: the form is being built. */
  if (self->line.field == NULL || self->year.field == NULL || self->amount.field == NULL)
    return;

  line = dup_chosen_line (self);
  year = chosen_year (self);
  if (line == NULL || year == 0)
    {
      adw_preferences_group_set_description (self->form.group, NULL);
      return;
    }

  budget = ond_budget_line_get_amount (line, year);
  now = ond_money_format (budget);
  if (ond_money_parse (ond_budget_form_get_text (&self->amount), &amount, NULL) && amount != 0)
    {
      g_autofree char *after = ond_money_format (budget + amount);

      /* Translators: e.g. "The budget of this line for 2023 is € 17.000; with this change
       * it becomes € 22.000." */
      text = g_strdup_printf (_("The budget of this line for %d is %s; with this change it "
                                "becomes %s."), year, now, after);
    }
  else
    /* Translators: e.g. "The budget of this line for 2023 is € 17.000. Type an increase
     * (5.000) or a decrease (-5.000)." */
    text = g_strdup_printf (_("The budget of this line for %d is %s. Type an increase "
                              "(5.000) or a decrease (-5.000)."), year, now);
  adw_preferences_group_set_description (self->form.group, text);
}

static void
clear_errors (OndBudgetChangeDialog *self)
{
  ond_budget_form_set_error (&self->line, NULL);
  ond_budget_form_set_error (&self->year, NULL);
  ond_budget_form_set_error (&self->date, NULL);
  ond_budget_form_set_error (&self->amount, NULL);
  ond_budget_form_set_error (&self->reason, NULL);
  ond_budget_form_show_general_error (&self->form, NULL);
}

static void
show_refusal (OndBudgetChangeDialog *self,
              const GError          *error)
{
  const OndBudgetFormField fields[] = {
    { OND_BUDGET_ERROR_YEAR, &self->year },
    { OND_BUDGET_ERROR_DATE, &self->date },
    { OND_BUDGET_ERROR_AMOUNT, &self->amount },
    { OND_BUDGET_ERROR_REASON, &self->reason },
  };

  ond_budget_form_show_refusal (&self->form, error, fields, G_N_ELEMENTS (fields));
}

static void
save (OndBudgetChangeDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBudgetLine) line = dup_chosen_line (self);
  gint64 amount;
  gint64 id;

  clear_errors (self);

  if (line == NULL)
    {
      ond_budget_form_set_error (&self->line, _("Choose the cost line the change is for"));
      return;
    }
  if (!ond_budget_form_parse_money (&self->amount, FALSE, &amount))
    return;

  id = ond_store_add_budget_change (self->store, ond_budget_line_get_id (line),
                                    chosen_year (self), ond_budget_form_get_text (&self->date),
                                    amount, ond_budget_form_get_text (&self->reason), &error);
  if (id == 0)
    {
      g_message ("The budget change was not saved: %s", error->message);
      show_refusal (self, error);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndBudgetChangeDialog *self,
                    GtkButton             *button)
{
  save (self);
}

static AdwComboRow *
add_combo (OndBudgetChangeDialog *self,
           OndFormField          *field,
           const char            *title,
           GtkStringList         *choices)
{
  AdwComboRow *row = ond_budget_form_add_combo (self->form.group, field, title, choices);

  g_signal_connect_object (row, "notify::selected", G_CALLBACK (describe_budget), self,
                           G_CONNECT_SWAPPED);
  return row;
}

static void
build_form (OndBudgetChangeDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(GtkStringList) names = gtk_string_list_new (NULL);
  g_autoptr(GDateTime) now = g_date_time_new_now_local ();
  g_autoptr(GtkStringList) years = NULL;
  g_autofree char *today = NULL;
  int first_year = ond_plan_get_first_year (self->plan);
  int last_year = ond_plan_get_last_year (self->plan);
  AdwComboRow *line_row;
  AdwComboRow *year_row;
  AdwEntryRow *entry;
  guint chosen = 0;

  ond_budget_form_set_title (&self->form, GTK_WINDOW (self), _("Change Budget"));

  self->lines = ond_store_list_budget_lines (self->store, ond_plan_get_id (self->plan), &error);
  if (self->lines == NULL)
    ond_budget_form_show_general_error (&self->form, error->message);
  for (guint i = 0; self->lines != NULL && i < g_list_model_get_n_items (self->lines); i++)
    {
      g_autoptr(OndBudgetLine) line = g_list_model_get_item (self->lines, i);

      gtk_string_list_append (names, ond_budget_line_get_name (line));
      if (ond_budget_line_get_id (line) == self->line_id)
        chosen = i;
    }
  years = ond_year_list_new (first_year, last_year);

  line_row = add_combo (self, &self->line, _("Cost line"), names);
  adw_combo_row_set_selected (line_row, chosen);
  year_row = add_combo (self, &self->year, _("Year"), years);
  adw_combo_row_set_selected (year_row,
                              (guint) (ond_report_default_year (first_year, last_year, now) -
                                       first_year));
  /* Today, or the nearest day of the plan's period when today lies outside it. */
  if (g_date_time_get_year (now) > last_year)
    today = g_strdup_printf ("31-12-%d", last_year);
  else if (g_date_time_get_year (now) < first_year)
    today = g_strdup_printf ("01-01-%d", first_year);
  else
    today = g_date_time_format (now, "%d-%m-%Y");
  entry = ond_budget_form_add_entry (self->form.group, &self->date, _("Date"));
  gtk_editable_set_text (GTK_EDITABLE (entry), today);
  entry = ond_budget_form_add_entry (self->form.group, &self->amount, _("Amount (+ or -)"));
  g_signal_connect_object (entry, "changed", G_CALLBACK (describe_budget), self,
                           G_CONNECT_SWAPPED);
  ond_budget_form_add_entry (self->form.group, &self->reason, _("Reason"));
  describe_budget (self);
}

static void
ond_budget_change_dialog_constructed (GObject *object)
{
  OndBudgetChangeDialog *self = OND_BUDGET_CHANGE_DIALOG (object);

  G_OBJECT_CLASS (ond_budget_change_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL);
  build_form (self);
  gtk_widget_grab_focus (self->amount.field);
}

static void
ond_budget_change_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_BUDGET_CHANGE_DIALOG);

  G_OBJECT_CLASS (ond_budget_change_dialog_parent_class)->dispose (object);
}

static void
ond_budget_change_dialog_finalize (GObject *object)
{
  OndBudgetChangeDialog *self = OND_BUDGET_CHANGE_DIALOG (object);

  g_clear_object (&self->lines);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_budget_change_dialog_parent_class)->finalize (object);
}

static void
ond_budget_change_dialog_get_property (GObject    *object,
                                       guint       prop_id,
                                       GValue     *value,
                                       GParamSpec *pspec)
{
  OndBudgetChangeDialog *self = OND_BUDGET_CHANGE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_LINE_ID:
      g_value_set_int64 (value, self->line_id);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_change_dialog_set_property (GObject      *object,
                                       guint         prop_id,
                                       const GValue *value,
                                       GParamSpec   *pspec)
{
  OndBudgetChangeDialog *self = OND_BUDGET_CHANGE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_LINE_ID:
      self->line_id = g_value_get_int64 (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_change_dialog_class_init (OndBudgetChangeDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_budget_change_dialog_constructed;
  object_class->dispose = ond_budget_change_dialog_dispose;
  object_class->finalize = ond_budget_change_dialog_finalize;
  object_class->get_property = ond_budget_change_dialog_get_property;
  object_class->set_property = ond_budget_change_dialog_set_property;

  properties[PROP_STORE] = ond_budget_form_param_store ();
  properties[PROP_PLAN] = ond_budget_form_param_plan ();
  properties[PROP_LINE_ID] =
    g_param_spec_int64 ("line-id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndBudgetChangeDialog::saved:
   * @self: the form
   * @id: the id of the budget change
   *
   * The store accepted the change; the window closes right after.
   */
  signals[SAVED] =
    ond_budget_form_class_setup (widget_class, RESOURCE_BASE "/ui/ond-budget-change-dialog.ui",
                                 G_STRUCT_OFFSET (OndBudgetChangeDialog, form),
                                 G_CALLBACK (on_save_clicked_cb));
}

static void
ond_budget_change_dialog_init (OndBudgetChangeDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_budget_change_dialog_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: the plan whose budget is changed
 * @line_id: the cost line chosen at first, or 0 for the first
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndBudgetChangeDialog *
ond_budget_change_dialog_new (GtkWindow *parent,
                              OndStore  *store,
                              OndPlan   *plan,
                              gint64     line_id)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);

  return g_object_new (OND_TYPE_BUDGET_CHANGE_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "line-id", line_id,
                       NULL);
}
