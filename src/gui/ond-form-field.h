/* ond-form-field.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the forms share (the register editor, the booking editor): a row of an
 * AdwPreferencesGroup that the store can refuse, with a row right below it for the message
 * that says why, hidden until there is one; and the label of a header bar button. */

#pragma once

#include <adwaita.h>

G_BEGIN_DECLS

typedef struct
{
  GtkWidget *field;         /* the row that can be wrong; NULL while the form has no such row */
  GtkWidget *message_row;   /* right below it, hidden when there is no message */
  GtkLabel  *message;
} OndFormField;

/* Adds @row to @group, and below it the hidden message row; @field (may be NULL: then the
 * row can not be wrong and has none) receives both. */
void ond_form_field_add        (AdwPreferencesGroup *group,
                                GtkWidget           *row,
                                OndFormField        *field);
/* Marks the field as wrong (style and accessible state), shows @message below it, opens it
 * when it is an expander row and moves the keyboard to it. */
void ond_form_field_show_error (OndFormField        *field,
                                const char          *message);
/* As ond_form_field_show_error (), but the keyboard stays where it is (a form that saves
 * each change by itself). */
void ond_form_field_show_message (OndFormField       *field,
                                  const char          *message);
/* Takes the mark and the message away. */
void ond_form_field_clear      (OndFormField        *field);

/* Sets the label of a button with a mnemonic ("_Save"), and its accessible name without the
 * underscore. */
void ond_form_set_button_label (GtkButton           *button,
                                const char          *label);

G_END_DECLS
