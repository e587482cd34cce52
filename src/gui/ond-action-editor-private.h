/* ond-action-editor-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts of OndActionEditor: the window and the saving (ond-action-editor.c) and the
 * rows of the fields with their choices (ond-action-editor-fields.c). */

#pragma once

#include "ond-action-editor.h"
#include "ond-auto-save.h"
#include "ond-form-field.h"
#include "ond-store-actions.h"

G_BEGIN_DECLS

struct _OndActionEditor
{
  AdwWindow            parent_instance;

  AdwHeaderBar        *header_bar;
  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *save_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;
  AdwPreferencesGroup *planning_group;

  OndFormField         text;
  GtkTextView         *text_view;          /* in the row of the text */
  OndFormField         heading;
  OndFormField         pillar;
  OndFormField         theme;
  OndFormField         status;
  OndFormField         owner;
  OndFormField         plan_items;
  GPtrArray           *plan_item_checks;   /* GtkCheckButton, in the order of plan_item_ids */

  GArray              *pillar_ids;         /* gint64, one per choice */
  GArray              *theme_ids;          /* gint64, one per choice; 0 = none */
  GArray              *owner_ids;          /* gint64, one per choice; 0 = none */
  GArray              *plan_item_ids;      /* gint64 */
  GPtrArray           *status_codes;       /* char * */

  OndStore            *store;
  OndPlan             *plan;
  OndAction           *action;
  /* What the next save of an existing action is checked against: the action as last read
   * or saved by this form, with its row version (ond-action-editor-conflict.c). */
  OndAction           *baseline;
  gint64               pillar_id;
  gint64               theme_id;
  char                *group_heading;

  /* An existing action's form saves each change by itself; NULL for a new action (and when
   * the fields could not be made). */
  OndAutoSave         *auto_save;
};

/* Makes the rows of the fields, filled in from the action (or the presets of a new one),
 * with the choices read from the store. */
gboolean _ond_action_editor_build_fields       (OndActionEditor  *self,
                                                GError          **error);
/* Shows @message above the form, or hides it when NULL. */
void     _ond_action_editor_show_general_error (OndActionEditor  *self,
                                                const char       *message);
/* Sets every field to what @action says (the choices stay as they were made). */
void     _ond_action_editor_fill_fields        (OndActionEditor  *self,
                                                OndAction        *action);
/* Watches the fields of an existing action's form: each change is saved by itself. */
void     _ond_action_editor_watch_fields       (OndActionEditor  *self);
/* Saves @fields of an existing action, checked against the baseline; a refusal because
 * someone else changed the action since asks the user what to do. Returns the action's id,
 * or 0 with @error set. */
gint64   _ond_action_editor_save_edit          (OndActionEditor        *self,
                                                const OndActionFields  *fields,
                                                GError                **error);

G_END_DECLS
