/* test-connect-gui-util.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* What the two programs of the window and a team server share (test-connect-gui.c,
 * test-copy-in-gui.c): the application, an OndApplication of its own (not the test util's
 * plain one: what is tested is its way of opening a database), and the windows and message
 * dialogs it opens, waited for. */

#pragma once

#include <adwaita.h>

#include "ond-application.h"
#include "ond-window.h"

G_BEGIN_DECLS

/* The application of the program, made by connect_gui_init(); the program clears it. */
extern OndApplication *app;

/* gtk_test_init() and adw_init(), animations off, and @app registered on the bus. */
void               connect_gui_init      (int         *argc,
                                          char      ***argv);
guint              count_main_windows    (void);
/* The main window the application opened, waiting for it up to 20 s. */
OndWindow         *wait_for_main_window  (void);
void               close_main_window     (OndWindow   *window);
/* The message dialog shown with @heading; fails if none comes within 10 s. */
AdwMessageDialog  *wait_for_message      (const char  *heading);

G_END_DECLS
