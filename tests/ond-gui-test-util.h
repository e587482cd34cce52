/* ond-gui-test-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the GUI tests share (ond-gui-test-util.c). Widgets are found as a screen reader
 * would find them: by type, label, tooltip (the accessible name of an icon button) or
 * row title, and only when they are shown. A test program of the main window starts with
 * gui_test_init(), adds its tests with gui_test_add() and ends with gui_test_run(); each
 * test gets a GuiFixture. */

#pragma once

#include <adwaita.h>

#include "ond-action-row.h"
#include "ond-pillar-view.h"
#include "ond-store.h"
#include "ond-window.h"

G_BEGIN_DECLS

/* What a test of the main window gets: a new scratch folder with the path of a database
 * in it (not made yet: gui_open_store() makes it, seeded), the application of the program
 * and the settings, their last section reset. */
typedef struct
{
  char           *dir;
  char           *path;
  GtkApplication *app;
  GSettings      *settings;
  char           *checksum;   /* of the file made read-only by gui_reopen_read_only () */
} GuiFixture;

typedef void (*GuiTestFunc) (GuiFixture    *f,
                             gconstpointer  data);

/* gtk_test_init() and adw_init(), animations off (a toast or dialog shows at once; and
 * libadwaita 1.2.2 frees a toast's data when it is dismissed during its slide-in, which a
 * test that presses Undo at once would hit), and the application
 * APPLICATION_ID ".Test" @name registered on the bus: once a program. The scratch folders
 * are named after @name too ("Registers": ond-test-registers-gui-XXXXXX). */
void         gui_test_init          (int            *argc,
                                     char         ***argv,
                                     const char     *name);
void         gui_test_add           (const char     *test_path,
                                     GuiTestFunc     func);
/* Runs the tests and releases the application. */
int          gui_test_run           (void);
void         gui_fixture_set_up     (GuiFixture     *f,
                                     gconstpointer   data);
void         gui_fixture_tear_down  (GuiFixture     *f,
                                     gconstpointer   data);

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
/* The field (a row of @type titled @title) is marked as an error and the message right
 * below it is shown, marked too, and contains @message_part. */
void         assert_field_message   (GtkWidget      *root,
                                     GType           type,
                                     const char     *title,
                                     const char     *message_part);
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
/* Presses @button and returns the window of @type (a dialog) it opened; fails if none. */
gpointer     click_for_dialog       (GtkWidget      *button,
                                     GType           type);
void         type_text              (gpointer        editable,
                                     const char     *text);
/* The labels a combo row with a GtkStringList model offers. */
GStrv        combo_labels           (AdwComboRow    *row);
void         choose                 (AdwComboRow    *row,
                                     const char     *label);
void         choose_in_dropdown     (GtkDropDown    *dropdown,
                                     const char     *label);
/* A mapped button by the action it starts, and its target when @target is not NULL (a
 * floating reference is sunk). */
GtkWidget   *find_action_button     (GtkWidget      *root,
                                     const char     *action,
                                     GVariant       *target);
/* Types @text into the first search entry under @root and waits until it has searched. */
void         search_for             (GtkWidget      *root,
                                     const char     *text);
/* Whether the keyboard focus is in @widget or in one of its descendants. */
gboolean     is_focus_within        (GtkWidget      *widget);
/* A drop-down by its tooltip. */
GtkDropDown *find_dropdown          (GtkWidget      *root,
                                     const char     *tooltip);
/* Runs the main loop until @model has @n items (at most 5 s). */
gboolean     wait_for_n_items       (GListModel     *model,
                                     guint           n);
/* The real today + @days_ahead as dd-mm-jjjj. */
char        *format_today           (int             days_ahead);

/* The forms of records: a new record's form has Cancel and Add; the form of one that exists
 * saves each change by itself (ond-auto-save.h). */
/* The entry row, or the combo row, titled @title of @form; fails the test if there is
 * none. */
AdwEntryRow *form_entry             (gpointer        form,
                                     const char     *title);
AdwComboRow *form_combo             (gpointer        form,
                                     const char     *title);
/* The form of a record that exists: titled @title, with no Save, Cancel or Add button but
 * the window's close button, shown and named "Close" for screen readers, and the subtitle
 * "Changes are saved at once". Returns that close button. */
GtkWidget   *assert_saves_at_once   (gpointer        form,
                                     const char     *title);
/* Runs the main loop for longer than the pause after which typed text is saved. */
void         wait_past_typing_pause (void);
/* Closes @form as its close button or Escape does, and waits (at most 5 s) until it is
 * freed. */
void         close_form             (gpointer        form);

/* A plain 1100x720 window around @child, shown; destroy_window checks it is freed. */
GtkWindow   *show_in_window         (GtkWidget      *child);
void         destroy_window         (GtkWindow      *window);

OndStore    *gui_open_store         (const char     *path);
OndWindow   *gui_show_window        (GtkApplication *app,
                                     OndStore       *store,
                                     GSettings      *settings);
void         gui_close_window       (OndWindow      *window,
                                     OndStore       *store);
/* Closes the main window as gui_close_window () does while @form, a form it opened, is
 * open (the user quits): checks that the form goes with it and is freed. */
void         gui_close_window_with_form (OndWindow  *window,
                                         OndStore   *store,
                                         gpointer    form);
/* Closes @store, makes its file (f->path) read-only and opens it again: the store
 * returned is read-only. gui_close_read_only () then checks that nothing was written. */
OndStore    *gui_reopen_read_only   (GuiFixture     *f,
                                     OndStore       *store);
void         gui_close_read_only    (GuiFixture     *f,
                                     OndWindow      *window,
                                     OndStore       *store);
void         gui_show_section       (OndWindow      *window,
                                     const char     *name);
/* Chooses the section titled @title in the window's sidebar as a user does (selects its
 * row and activates it), and returns the view of @type it shows, checked to be shown. */
gpointer     gui_choose_section     (OndWindow      *window,
                                     const char     *title,
                                     GType           type);
/* The titles of the sidebar's rows, in order. */
GStrv        gui_sidebar_titles     (OndWindow      *window);

/* The pillar views and their actions. */
/* Chooses the pillar titled @title ("Pillar 2") in the sidebar, and returns its view: the
 * one of the three pillar views that is shown. */
OndPillarView *gui_choose_pillar    (OndWindow      *window,
                                     const char     *title);
/* The shown row of the action whose text starts with @text, under @view; NULL if none. */
OndActionRow *find_action_row       (GtkWidget      *view,
                                     const char     *text);
/* The status the row's Status drop-down shows ("Gereed"), or NULL if none is chosen. */
const char  *action_row_status      (OndActionRow   *row);

/* Tables (GtkColumnView). A row is the widget of one row on screen; its cells are its
 * children, in the order of the columns. */
/* The row on screen whose first cell says @first, or NULL: no scrolling. */
GtkWidget   *table_row_on_screen    (GtkColumnView  *table,
                                     const char     *first);
/* The row whose first cell says @first, scrolling down to it from the top as a user does;
 * NULL if no row says so. */
GtkWidget   *find_table_row         (GtkColumnView  *table,
                                     const char     *first);
/* Sorts @table by the column titled @title, as a click on its header does. */
void         sort_table_by          (GtkColumnView  *table,
                                     const char     *title,
                                     GtkSortType     order);
/* The texts of all labels of a row, in column order. */
GStrv        row_texts              (GtkWidget      *row);
/* The text of the cell of @row in the column titled @column_title (its first label). */
const char  *row_cell_text          (GtkColumnView  *table,
                                     GtkWidget      *row,
                                     const char     *column_title);

/* Records, through the core API. */
/* The planning rows of the store's current plan, as the store reads them (transfer
 * full). */
GListModel  *store_plan_items       (OndStore       *store);
/* The id of the area named @name; fails the test if there is none. */
gint64       store_area_id          (OndStore       *store,
                                     const char     *name);
/* A control of @kind (a vocabulary code, e.g. "integraal") in @area (NULL: none) with
 * @businesses visited and no signals or partners. Returns its id. */
gint64       store_add_control      (OndStore       *store,
                                     const char     *date,
                                     const char     *kind,
                                     const char     *area,
                                     gint64          businesses);
/* A signal received on @date from @source (e.g. "mma", "politie") about the building
 * "Voorstraat 12"; its reference in @reference if not NULL. Returns its id. */
gint64       store_add_case         (OndStore       *store,
                                     const char     *date,
                                     const char     *source,
                                     char          **reference);

G_END_DECLS
