/* ond-register-page-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndRegisterPage share: ond-register-page.c is the list with its search,
 * adding and changing; ond-register-page-delete.c is deleting, with the confirmation and
 * the undo (the Delete key is set up by ond_table_add_delete_key ()). */

#pragma once

#include "ond-register-page.h"

G_BEGIN_DECLS

struct _OndRegisterPage
{
  AdwBin               parent_instance;

  GtkSearchEntry      *search_entry;
  GtkButton           *add_button;
  AdwButtonContent    *add_content;
  GtkStack            *list_stack;
  GtkColumnView       *column_view;
  GtkSingleSelection  *selection;
  GtkSortListModel    *sort_model;
  GtkFilterListModel  *filter_model;
  GtkCustomFilter     *search_filter;
  AdwStatusPage       *empty_page;
  AdwButtonContent    *empty_add_content;

  GtkColumnViewColumn *date_column;
  /* The folded words of the search; a record matches when it has all of them. */
  GStrv                search_words;

  /* The record deleted last (for Undo), its toast, and the last other toast. */
  GObject             *deleted;
  AdwToast            *undo_toast;
  AdwToast            *info_toast;

  OndRegisterKind      kind;
  GListModel          *records;
  OndStore            *store;
  OndPlan             *plan;
};

/* ond-register-page.c */
void       _ond_register_page_report_error   (OndRegisterPage *self,
                                              const GError    *error);
/* Shows @toast (transfer full); a toast of ours still shown goes first. */
void       _ond_register_page_add_toast      (OndRegisterPage *self,
                                              AdwToast        *toast);
/* A toast saying @text (untranslated, with %s) about @record. Transfer full. */
AdwToast  *_ond_register_page_new_toast      (GObject         *record,
                                              const char      *text);
GtkWindow *_ond_register_page_get_window     (OndRegisterPage *self);
/* The record with @id in the register (transfer full), or NULL. */
GObject   *_ond_register_page_find_record    (OndRegisterPage *self,
                                              gint64           id);
void       _ond_register_page_select_record  (OndRegisterPage *self,
                                              gint64           id);

/* ond-register-page-delete.c */
/* Asks whether to delete @record; if so deletes it and offers Undo. */
void       _ond_register_page_confirm_delete (OndRegisterPage *self,
                                              GObject         *record);
/* Drops the record kept for Undo, and its toast. */
void       _ond_register_page_forget_deleted (OndRegisterPage *self);
void       _ond_register_page_delete_action  (GtkWidget       *widget,
                                              const char      *action_name,
                                              GVariant        *param);
void       _ond_register_page_delete_selected_action (GtkWidget  *widget,
                                                      const char *action_name,
                                                      GVariant   *param);

G_END_DECLS
