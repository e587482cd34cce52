/* ond-budget-form.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the budget's forms add to OndFormField (ond-form-field.h): entry rows whose Enter
 * saves, their text, and amounts typed as text (Dutch or plain), parsed with
 * ond_money_parse, with the parse error below the field. */

#pragma once

#include "ond-form-field.h"

G_BEGIN_DECLS

/* An AdwEntryRow titled @title with its message row, added to @group. */
AdwEntryRow *ond_budget_form_add_entry   (AdwPreferencesGroup *group,
                                          OndFormField        *field,
                                          const char          *title);
const char  *ond_budget_form_get_text    (OndFormField        *field);
/* Shows @message below the field, or takes any message away when NULL. */
void         ond_budget_form_set_error   (OndFormField        *field,
                                          const char          *message);
/* The field's text as cents ("€ 1.500", "-250,50", "1234.56"). An empty field is 0 when
 * @empty_is_zero, else an error; an error is shown below the field and gives FALSE. */
gboolean     ond_budget_form_parse_money (OndFormField        *field,
                                          gboolean             empty_is_zero,
                                          gint64              *cents);

G_END_DECLS
