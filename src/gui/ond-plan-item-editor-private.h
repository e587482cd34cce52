/* ond-plan-item-editor-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The parts of OndPlanItemEditor: the window and the saving (ond-plan-item-editor.c) and
 * the rows of the fields with their choices (ond-plan-item-editor-fields.c). */

#pragma once

#include "ond-auto-save.h"
#include "ond-form-field.h"
#include "ond-plan-item-editor.h"

G_BEGIN_DECLS

/* What the form holds, as handed to the store. */
typedef struct
{
  int         year;
  const char *period;
  const char *what;
  const char *who;
  gint64      theme_id;
  const char *status;
  gboolean    recurring;
} OndPlanItemFields;

struct _OndPlanItemEditor
{
  AdwWindow            parent_instance;

  AdwHeaderBar        *header_bar;
  AdwWindowTitle      *window_title;
  GtkButton           *cancel_button;
  GtkButton           *add_button;
  AdwPreferencesGroup *general_error_group;
  GtkLabel            *general_error_label;
  AdwPreferencesGroup *group;

  OndFormField         what;
  OndFormField         who;
  OndFormField         year;
  OndFormField         period;
  OndFormField         theme;
  OndFormField         status;
  GtkSwitch           *recurring;

  GPtrArray           *periods;     /* OndVocabularyEntry, in the vocabulary's order */
  GPtrArray           *statuses;    /* OndVocabularyEntry */
  GArray              *theme_ids;   /* gint64; position 0 is "No theme" (0) */

  OndStore            *store;
  OndPlan             *plan;
  OndPlanItem         *item;
  int                  new_year;    /* the year a new row starts in */
  OndAutoSave         *auto_save;   /* a row that exists only, its fields made */
  /* A row that exists: the row as last read or saved by this form, with its row version
   * (ond-plan-item-editor-conflict.c). */
  OndPlanItem         *baseline;
};

/* Above the fields: a message about no field (NULL hides it). */
void     _ond_plan_item_editor_show_general_error (OndPlanItemEditor *self,
                                                   const char        *message);
/* Adds the rows of the fields, filled with the row's values (a new row's defaults). Returns
 * FALSE when a list of choices could not be read (the form says so): then a choice could not
 * show the row's own value. */
gboolean _ond_plan_item_editor_build_fields       (OndPlanItemEditor *self);
/* Fills the fields in from @item (the row as it is now), in ond-plan-item-editor-fields.c. */
void     _ond_plan_item_editor_fill_fields        (OndPlanItemEditor *self,
                                                   OndPlanItem       *item);
/* Makes the form's OndAutoSave, watching every field. */
void     _ond_plan_item_editor_watch_fields       (OndPlanItemEditor *self);
/* Saves the form of a row that exists against the baseline; on a conflict shows the dialog
 * (ond-plan-item-editor-conflict.c). Returns the id, or 0 with @error set. */
gint64   _ond_plan_item_editor_save_edit          (OndPlanItemEditor        *self,
                                                   const OndPlanItemFields  *fields,
                                                   GError                  **error);

G_END_DECLS
