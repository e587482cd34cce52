/* bench-start-app.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The application as src/main.c starts it (the same OndApplication, command line and
 * resources), with the first-frame probe on its window: it ends at its first frame. The
 * start benchmark runs it as `bench-start-app --database CASES.db`. */

#define G_LOG_DOMAIN "bench-start-app"

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "first-frame.h"
#include "ond-application.h"

static void
window_added (GtkApplication *app,
              GtkWindow      *window)
{
  bench_first_frame_watch (window);
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(OndApplication) app = NULL;
  const char *localedir = g_getenv ("OND_LOCALEDIR");

  setlocale (LC_ALL, "");
  bindtextdomain (GETTEXT_PACKAGE, localedir != NULL ? localedir : LOCALEDIR);
  bind_textdomain_codeset (GETTEXT_PACKAGE, "UTF-8");
  textdomain (GETTEXT_PACKAGE);

  app = ond_application_new ();
  g_signal_connect (app, "window-added", G_CALLBACK (window_added), NULL);
  return g_application_run (G_APPLICATION (app), argc, argv);
}
