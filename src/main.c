/* main.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * This program is free software: you can redistribute it and/or modify it under the terms of
 * the GNU General Public License as published by the Free Software Foundation, either version 3
 * of the License, or (at your option) any later version.
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>
#include <locale.h>

#include "ond-application.h"

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
  return g_application_run (G_APPLICATION (app), argc, argv);
}
