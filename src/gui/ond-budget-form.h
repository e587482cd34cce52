/* ond-budget-form.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the budget's forms (the cost line, the budget change, the funding) share: the
 * children of their templates and the class set-up that binds them, entry and combo rows
 * whose Enter saves, their text, the years of the plan as choices, amounts typed as text
 * (Dutch or plain), parsed with ond_money_parse, with the parse error below the field, and
 * the store's refusals shown below the field their OND_BUDGET_ERROR code names. */

#pragma once

#include "ond-form-field.h"
#include "ond-store-budget.h"

G_BEGIN_DECLS

/* The children every budget form's template has; a form holds them in one member. */
typedef struct
{
  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;
} OndBudgetFormWidgets;

/* Sets up the class of a form (an AdwWindow): its template at @resource, whose children are
 * bound into the OndBudgetFormWidgets at @widgets_offset of the instance and whose
 * on_save_clicked_cb is @on_save_clicked; Escape closes the window. Adds the signal "saved"
 * (one gint64: the id of what was saved) and returns its id. */
guint        ond_budget_form_class_setup     (GtkWidgetClass       *widget_class,
                                              const char           *resource,
                                              gsize                 widgets_offset,
                                              GCallback             on_save_clicked);
/* The construct-only properties "store" (OndStore) and "plan" (OndPlan) of a form. */
GParamSpec  *ond_budget_form_param_store     (void);
GParamSpec  *ond_budget_form_param_plan      (void);
/* Titles the window and its header bar, and labels the Cancel and Save buttons. */
void         ond_budget_form_set_title       (OndBudgetFormWidgets *widgets,
                                              GtkWindow            *window,
                                              const char           *title);
/* Shows @message above the form, or hides it when NULL. */
void         ond_budget_form_show_general_error (OndBudgetFormWidgets *widgets,
                                                 const char           *message);

/* An AdwEntryRow titled @title with its message row, added to @group. */
AdwEntryRow *ond_budget_form_add_entry   (AdwPreferencesGroup *group,
                                          OndFormField        *field,
                                          const char          *title);
/* An AdwComboRow titled @title choosing from @choices, with its message row, added to
 * @group. */
AdwComboRow *ond_budget_form_add_combo   (AdwPreferencesGroup *group,
                                          OndFormField        *field,
                                          const char          *title,
                                          GtkStringList       *choices);
const char  *ond_budget_form_get_text    (OndFormField        *field);
/* Shows @message below the field, or takes any message away when NULL. */
void         ond_budget_form_set_error   (OndFormField        *field,
                                          const char          *message);
/* A field of a form and the code of OND_BUDGET_ERROR that names it. */
typedef struct
{
  OndBudgetError  code;
  OndFormField   *field;
} OndBudgetFormField;

/* Shows a refusal of the store: below the field of @fields whose code it has (a code of
 * OND_BUDGET_ERROR), else (another error, or a code no field of the form has) above the
 * form. */
void         ond_budget_form_show_refusal (OndBudgetFormWidgets     *widgets,
                                           const GError             *error,
                                           const OndBudgetFormField *fields,
                                           guint                     n_fields);
/* The field's text as cents ("€ 1.500", "-250,50", "1234.56"). An empty field is 0 when
 * @empty_is_zero, else an error; an error is shown below the field and gives FALSE. */
gboolean     ond_budget_form_parse_money (OndFormField        *field,
                                          gboolean             empty_is_zero,
                                          gint64              *cents);

G_END_DECLS
