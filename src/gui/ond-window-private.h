/* ond-window-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the files of OndWindow share: its instance (ond-window.c: the sidebar, the sections
 * and the plan shown; ond-window-plans.c: the plan periods and switching between them;
 * ond-window-actions.c: the window's actions and keys; ond-window-backup.c and
 * ond-window-restore.c: its backups). */

#pragma once

#include "ond-cases-view.h"
#include "ond-window.h"

G_BEGIN_DECLS

struct _OndWindow
{
  AdwApplicationWindow  parent_instance;

  AdwLeaflet           *leaflet;
  GtkWidget            *sidebar_header;
  GtkListBox           *sidebar;
  GtkDropDown          *plan_switcher;
  GtkWidget            *content_pane;
  AdwWindowTitle       *content_title;
  AdwToastOverlay      *toast_overlay;
  GtkStack             *stack;
  OndCasesView         *cases_view;
  GtkInfoBar           *role_bar;
  GtkLabel             *role_label;
  GtkInfoBar           *connection_bar;

  GtkSelectionModel    *pages;
  /* Every plan of the store (OndPlan), oldest period first: the switcher's choices. */
  GListStore           *plans;
  /* Set while the switcher's choices are brought in line with the store. */
  gboolean              syncing_plans;
  GSettings            *settings;
  OndStore             *store;
  OndPlan              *plan;
  /* Whether the window makes an automatic backup when it goes (not after a restore). */
  gboolean              backup_on_close;
};

/* ond-window.c */
void     _ond_window_show_toast        (OndWindow      *self,
                                        const char     *message,
                                        gboolean        stays);
/* Shows @plan (NULL: none) in every section and in the title. */
void     _ond_window_set_plan          (OndWindow      *self,
                                        OndPlan        *plan);

/* ond-window-plans.c */
void     _ond_window_init_plans        (OndWindow      *self);
/* Reads the current plan and the list of plans from the store and shows them. */
void     _ond_window_load_plans        (OndWindow      *self);
/* Shows the plan @plan_id: it becomes the store's current plan (a read-only file only shows
 * it). A refusal is shown in a toast and the plan shown stays. */
gboolean _ond_window_switch_plan       (OndWindow      *self,
                                        gint64          plan_id);
void     _ond_window_forget_plans      (OndWindow      *self);

/* ond-window-access.c */
void     _ond_window_apply_access      (OndWindow      *self);

/* ond-window-actions.c */
void     _ond_window_class_add_actions (GtkWidgetClass *widget_class);
void     _ond_window_init_actions      (OndWindow      *self);
/* Moves the keyboard to the search of the section shown; FALSE when it has none. */
gboolean _ond_window_focus_search      (OndWindow      *self);

/* ond-window-backup.c */
void     _ond_window_class_add_backup_actions (GtkWidgetClass *widget_class);
/* The automatic backup of a window that goes (not of a read-only file); a failure is
 * logged. */
void     _ond_window_back_up_on_close  (OndWindow      *self);
/* On a team server: says in a dialog that backups are the administrator's, and returns TRUE;
 * for a file returns FALSE. */
gboolean _ond_window_say_backups_are_the_servers (OndWindow *self);

/* ond-window-restore.c */
void     _ond_window_class_add_restore_actions (GtkWidgetClass *widget_class);

/* ond-window-retention.c */
void     _ond_window_class_add_retention_actions (GtkWidgetClass *widget_class);

/* ond-window-subject.c: a request of a person concerned (win.subject-request). */
void     _ond_window_class_add_subject_actions (GtkWidgetClass *widget_class);

G_END_DECLS
