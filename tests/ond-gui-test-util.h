/* ond-gui-test-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the GUI tests share (ond-gui-test-util.c). Widgets are found as a screen reader
 * would find them: by type, label, tooltip (the accessible name of an icon button) or
 * row title, and only when they are shown. */

#pragma once

#include <adwaita.h>

#include "ond-store.h"
#include "ond-window.h"

G_BEGIN_DECLS

/* Every widget of @type under @root, the root included (transfer container). */
GPtrArray   *find_all               (GtkWidget      *root,
                                     GType           type);
gpointer     find_first             (GtkWidget      *root,
                                     GType           type);
/* A mapped button by its label. */
GtkWidget   *find_button            (GtkWidget      *root,
                                     const char     *label);
/* A mapped button by its tooltip (an icon button's accessible name). */
GtkWidget   *find_button_by_tooltip (GtkWidget      *root,
                                     const char     *tooltip);
/* A mapped button by its label, else by its tooltip. */
GtkWidget   *find_button_named      (GtkWidget      *root,
                                     const char     *name);
/* An AdwPreferencesRow subclass of @type by its title. */
gpointer     find_row               (GtkWidget      *root,
                                     GType           type,
                                     const char     *title);
/* A mapped label with exactly @text; any label, shown or not, containing @text. */
gboolean     has_label              (GtkWidget      *root,
                                     const char     *text);
gboolean     any_label_contains     (GtkWidget      *root,
                                     const char     *text);
/* Lets layout, the frame clock and idle handlers run: a few frames' worth. */
void         run_until_idle         (void);
/* The shown toplevel of @type, if any. */
gpointer     find_window            (GType           type);
/* The open dialog of @type, waiting for it up to 5 s; NULL if none. */
gpointer     find_dialog            (GType           type);
/* Presses the button @label (label or tooltip) of a dialog and waits until it closes. */
void         click_response         (gpointer        dialog,
                                     const char     *label);
/* Presses a button; it must be shown and sensitive. */
void         click                  (GtkWidget      *button);
void         type_text              (gpointer        editable,
                                     const char     *text);
/* The labels a combo row with a GtkStringList model offers. */
GStrv        combo_labels           (AdwComboRow    *row);
void         choose                 (AdwComboRow    *row,
                                     const char     *label);
void         choose_in_dropdown     (GtkDropDown    *dropdown,
                                     const char     *label);
/* A drop-down by its tooltip. */
GtkDropDown *find_dropdown          (GtkWidget      *root,
                                     const char     *tooltip);
/* Runs the main loop until @model has @n items (at most 5 s). */
gboolean     wait_for_n_items       (GListModel     *model,
                                     guint           n);
/* The real today + @days_ahead as dd-mm-jjjj. */
char        *format_today           (int             days_ahead);

/* A plain 1100x720 window around @child, shown; destroy_window checks it is freed. */
GtkWindow   *show_in_window         (GtkWidget      *child);
void         destroy_window         (GtkWindow      *window);

OndStore    *gui_open_store         (const char     *path);
OndWindow   *gui_show_window        (GtkApplication *app,
                                     OndStore       *store,
                                     GSettings      *settings);
void         gui_close_window       (OndWindow      *window,
                                     OndStore       *store);
void         gui_show_section       (OndWindow      *window,
                                     const char     *name);

G_END_DECLS
