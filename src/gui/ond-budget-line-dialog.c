/* ond-budget-line-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The form of a cost line. The amounts are parsed here (ond_money_parse; an empty amount is
 * € 0); every other rule (a name, unique names and ledger codes, no amount below € 0) is the
 * store's, and its refusal goes below the field its OND_BUDGET_ERROR code names: the name,
 * the ledger code, or an amount (the first of the years that breaks the rule the store
 * gives: below 0 or beyond the limit). Any other refusal goes above the form. A change of a
 * line is saved only while nobody else changed it since the form was opened
 * (ond_store_save_budget_line_edit); else the conflict dialog shows what changed and lets
 * the user keep their version or save over it. */

#define G_LOG_DOMAIN "ond-budget-line-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-budget-form.h"
#include "ond-budget-line-dialog.h"
#include "ond-case-conflict-dialog.h"
#include "ond-money.h"
#include "ond-store-bookings.h"
#include "ond-store-budget.h"

struct _OndBudgetLineDialog
{
  AdwWindow            parent_instance;

  OndBudgetFormWidgets form;

  OndFormField         name;
  OndFormField         ledger_code;
  OndFormField        *amounts;   /* one per year of the plan; NULL when changing a line */
  guint                n_amounts;

  OndStore            *store;
  OndPlan             *plan;
  OndBudgetLine       *line;
};

enum
{
  PROP_0,
  PROP_STORE,
  PROP_PLAN,
  PROP_LINE,
  N_PROPS,
};

enum
{
  SAVED,
  N_SIGNALS,
};

G_DEFINE_FINAL_TYPE (OndBudgetLineDialog, ond_budget_line_dialog, ADW_TYPE_WINDOW)

static GParamSpec *properties[N_PROPS];
static guint signals[N_SIGNALS];

static void
clear_errors (OndBudgetLineDialog *self)
{
  ond_budget_form_set_error (&self->name, NULL);
  ond_budget_form_set_error (&self->ledger_code, NULL);
  for (guint i = 0; i < self->n_amounts; i++)
    ond_budget_form_set_error (&self->amounts[i], NULL);
  ond_budget_form_show_general_error (&self->form, NULL);
}

/* The amount field an OND_BUDGET_ERROR_AMOUNT is about: the first year whose amount is
 * below 0 or beyond the limit, else (one amount for each year is what the store asks for)
 * the first year. NULL when the form has no amounts (a line that is changed). */
static OndFormField *
amount_field (OndBudgetLineDialog *self,
              const gint64        *amounts)
{
  if (amounts == NULL || self->n_amounts == 0)
    return NULL;
  for (guint i = 0; i < self->n_amounts; i++)
    if (amounts[i] < 0 || amounts[i] > OND_BOOKING_MAX_AMOUNT)
      return &self->amounts[i];
  return &self->amounts[0];
}

static void
show_refusal (OndBudgetLineDialog *self,
              const GError        *error,
              const gint64        *amounts)
{
  const OndBudgetFormField fields[] = {
    { OND_BUDGET_ERROR_NAME, &self->name },
    { OND_BUDGET_ERROR_LEDGER_CODE, &self->ledger_code },
    { OND_BUDGET_ERROR_AMOUNT, amount_field (self, amounts) },
  };

  ond_budget_form_show_refusal (&self->form, error, fields, G_N_ELEMENTS (fields));
}

static void save (OndBudgetLineDialog *self);

/* The line's name and ledger code into the form (a line being changed). */
static void
load_values (OndBudgetLineDialog *self)
{
  const char *code = ond_budget_line_get_ledger_code (self->line);

  adw_window_title_set_subtitle (self->form.window_title, ond_budget_line_get_name (self->line));
  gtk_editable_set_text (GTK_EDITABLE (self->name.field), ond_budget_line_get_name (self->line));
  gtk_editable_set_text (GTK_EDITABLE (self->ledger_code.field), code != NULL ? code : "");
}

/* The answer to a refused save (as the intervention editor's): go on with the line as read
 * now, either showing it (their version) or saving the form over it. */
static void
answer_conflict (GtkWindow *form,
                 gpointer   current,
                 gboolean   overwrite)
{
  OndBudgetLineDialog *self = OND_BUDGET_LINE_DIALOG (form);

  g_set_object (&self->line, current);
  if (overwrite)
    {
      save (self);
      return;
    }
  clear_errors (self);
  load_values (self);
}

/* Someone else changed the line after the form was opened: read it again and show what
 * changed, to let the user choose. */
static void
show_conflict (OndBudgetLineDialog *self,
               const char          *name,
               const char          *code)
{
  g_autoptr(GError) error = NULL;
  g_autoptr(OndBudgetLine) current = NULL;
  g_autoptr(GPtrArray) changes = NULL;
  g_autofree char *body = NULL;
  g_autofree char *body_unchanged = NULL;
  const char *old_name = ond_budget_line_get_name (self->line);
  OndConflictTexts texts;

  current = ond_store_get_budget_line (self->store, ond_budget_line_get_id (self->line),
                                       &error);
  if (current == NULL)
    {
      ond_budget_form_show_general_error (&self->form, error->message);
      return;
    }
  changes = ond_store_compare_budget_line_edit (self->line, name, code, current);
  /* Translators: “%s” is a cost line of the budget, e.g. “BIBOB trainingen”. */
  body = g_strdup_printf (_("“%s” was changed after you opened it, so your changes have not "
                            "been saved. This is what changed:"), old_name);
  /* Translators: “%s” is a cost line of the budget, e.g. “BIBOB trainingen”. */
  body_unchanged = g_strdup_printf (_("“%s” was changed after you opened it, but not in the "
                                      "fields of this form. Your changes have not been "
                                      "saved."), old_name);
  texts.heading = _("Someone Else Changed This Cost Line");
  texts.body = body;
  texts.body_unchanged = body_unchanged;
  ond_conflict_dialog_ask (GTK_WINDOW (self), &texts, changes, g_steal_pointer (&current),
                           g_object_unref, answer_conflict);
}

static void
save (OndBudgetLineDialog *self)
{
  g_autoptr(GError) error = NULL;
  g_autofree gint64 *amounts = NULL;
  const char *name = ond_budget_form_get_text (&self->name);
  const char *code = ond_budget_form_get_text (&self->ledger_code);
  gboolean parsed = TRUE;
  gint64 id;

  clear_errors (self);

  if (self->line != NULL)
    {
      id = ond_budget_line_get_id (self->line);
      /* Saved only while nobody else changed it since the form was opened. */
      if (!ond_store_save_budget_line_edit (self->store, self->line, name, code, &error))
        id = 0;
    }
  else
    {
      amounts = g_new0 (gint64, MAX (self->n_amounts, 1));
      /* Every amount is parsed, so that each one that is no amount says so. */
      for (guint i = 0; i < self->n_amounts; i++)
        if (!ond_budget_form_parse_money (&self->amounts[i], TRUE, &amounts[i]))
          parsed = FALSE;
      if (!parsed)
        return;
      id = ond_store_add_budget_line (self->store, ond_plan_get_id (self->plan), name, code,
                                      amounts, self->n_amounts, &error);
    }

  if (id == 0)
    {
      g_message ("The cost line was not saved: %s", error->message);
      if (g_error_matches (error, OND_STORE_ERROR, OND_STORE_ERROR_CONFLICT))
        show_conflict (self, name, code);
      else
        show_refusal (self, error, amounts);
      return;
    }

  g_signal_emit (self, signals[SAVED], 0, id);
  gtk_window_destroy (GTK_WINDOW (self));
}

static void
on_save_clicked_cb (OndBudgetLineDialog *self,
                    GtkButton           *button)
{
  save (self);
}

static void
build_form (OndBudgetLineDialog *self)
{
  const char *title = self->line == NULL ? _("New Cost Line") : _("Edit Cost Line");

  ond_budget_form_set_title (&self->form, GTK_WINDOW (self), title);

  ond_budget_form_add_entry (self->form.group, &self->name, _("Name"));
  ond_budget_form_add_entry (self->form.group, &self->ledger_code, _("Ledger code (optional)"));

  if (self->line != NULL)
    {
      load_values (self);
      adw_preferences_group_set_description (self->form.group,
                                             _("The amounts of a cost line change through a "
                                               "budget change, so that the history stays "
                                               "visible."));
      return;
    }

  adw_preferences_group_set_description (self->form.group,
                                         _("The original amount per year, e.g. 17.000 or "
                                           "1.234,56; an empty amount is € 0. Later changes "
                                           "are budget changes."));
  self->n_amounts = (guint) (ond_plan_get_last_year (self->plan) -
                             ond_plan_get_first_year (self->plan) + 1);
  self->amounts = g_new0 (OndFormField, self->n_amounts);
  for (guint i = 0; i < self->n_amounts; i++)
    {
      /* Translators: the field of a new cost line's amount for a year, e.g. "Amount 2023". */
      g_autofree char *label = g_strdup_printf (_("Amount %d"),
                                                ond_plan_get_first_year (self->plan) + (int) i);

      ond_budget_form_add_entry (self->form.group, &self->amounts[i], label);
    }
}

static void
ond_budget_line_dialog_constructed (GObject *object)
{
  OndBudgetLineDialog *self = OND_BUDGET_LINE_DIALOG (object);

  G_OBJECT_CLASS (ond_budget_line_dialog_parent_class)->constructed (object);

  g_return_if_fail (self->store != NULL && self->plan != NULL);
  build_form (self);
  gtk_widget_grab_focus (self->name.field);
}

static void
ond_budget_line_dialog_dispose (GObject *object)
{
  gtk_widget_dispose_template (GTK_WIDGET (object), OND_TYPE_BUDGET_LINE_DIALOG);

  G_OBJECT_CLASS (ond_budget_line_dialog_parent_class)->dispose (object);
}

static void
ond_budget_line_dialog_finalize (GObject *object)
{
  OndBudgetLineDialog *self = OND_BUDGET_LINE_DIALOG (object);

  g_clear_pointer (&self->amounts, g_free);
  g_clear_object (&self->line);
  g_clear_object (&self->plan);
  g_clear_object (&self->store);

  G_OBJECT_CLASS (ond_budget_line_dialog_parent_class)->finalize (object);
}

static void
ond_budget_line_dialog_get_property (GObject    *object,
                                     guint       prop_id,
                                     GValue     *value,
                                     GParamSpec *pspec)
{
  OndBudgetLineDialog *self = OND_BUDGET_LINE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      g_value_set_object (value, self->store);
      break;

    case PROP_PLAN:
      g_value_set_object (value, self->plan);
      break;

    case PROP_LINE:
      g_value_set_object (value, self->line);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_line_dialog_set_property (GObject      *object,
                                     guint         prop_id,
                                     const GValue *value,
                                     GParamSpec   *pspec)
{
  OndBudgetLineDialog *self = OND_BUDGET_LINE_DIALOG (object);

  switch (prop_id)
    {
    case PROP_STORE:
      self->store = g_value_dup_object (value);
      break;

    case PROP_PLAN:
      self->plan = g_value_dup_object (value);
      break;

    case PROP_LINE:
      self->line = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_budget_line_dialog_class_init (OndBudgetLineDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_budget_line_dialog_constructed;
  object_class->dispose = ond_budget_line_dialog_dispose;
  object_class->finalize = ond_budget_line_dialog_finalize;
  object_class->get_property = ond_budget_line_dialog_get_property;
  object_class->set_property = ond_budget_line_dialog_set_property;

  properties[PROP_STORE] = ond_budget_form_param_store ();
  properties[PROP_PLAN] = ond_budget_form_param_plan ();
  properties[PROP_LINE] =
    g_param_spec_object ("line", NULL, NULL,
                         OND_TYPE_BUDGET_LINE,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /**
   * OndBudgetLineDialog::saved:
   * @self: the form
   * @id: the id of the line added or changed
   *
   * The store accepted the form; the window closes right after.
   */
  signals[SAVED] =
    ond_budget_form_class_setup (widget_class, RESOURCE_BASE "/ui/ond-budget-line-dialog.ui",
                                 G_STRUCT_OFFSET (OndBudgetLineDialog, form),
                                 G_CALLBACK (on_save_clicked_cb));
}

static void
ond_budget_line_dialog_init (OndBudgetLineDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

/**
 * ond_budget_line_dialog_new:
 * @parent: (nullable): the window the form belongs to
 * @store: the store to write to
 * @plan: the plan whose budget it is
 * @line: (nullable): the line to change, or %NULL for a new one
 *
 * Returns: (transfer full): a new form, not yet shown
 */
OndBudgetLineDialog *
ond_budget_line_dialog_new (GtkWindow     *parent,
                            OndStore      *store,
                            OndPlan       *plan,
                            OndBudgetLine *line)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (OND_IS_PLAN (plan), NULL);
  g_return_val_if_fail (line == NULL || OND_IS_BUDGET_LINE (line), NULL);

  return g_object_new (OND_TYPE_BUDGET_LINE_DIALOG,
                       "transient-for", parent,
                       "store", store,
                       "plan", plan,
                       "line", line,
                       NULL);
}

/**
 * ond_budget_line_dialog_get_line:
 * @self: an #OndBudgetLineDialog
 *
 * Returns: (transfer none) (nullable): the line changed, or %NULL for a new one
 */
OndBudgetLine *
ond_budget_line_dialog_get_line (OndBudgetLineDialog *self)
{
  g_return_val_if_fail (OND_IS_BUDGET_LINE_DIALOG (self), NULL);

  return self->line;
}
