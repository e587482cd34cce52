/* bare-window.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The start benchmark's reference: the least a libadwaita application shows, an
 * AdwApplicationWindow with a label, presented on activate. It ends at its first frame
 * (first-frame.c), as bench-start-app does. */

#define G_LOG_DOMAIN "bare-window"

#include "config.h"

#include <adwaita.h>

#include "first-frame.h"

static void
activate (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window),
                                      gtk_label_new ("Hallo"));
  /* The size of the application's window (its settings' default). */
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 720);
  bench_first_frame_watch (GTK_WINDOW (window));
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = adw_application_new ("nl.dordrecht.BareWindow",
                                                       G_APPLICATION_NON_UNIQUE);

  g_signal_connect (app, "activate", G_CALLBACK (activate), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
