/* test-connect-gui-util.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "ond-connect-dialog.h"
#include "ond-gui-test-util.h"
#include "test-connect-gui-util.h"

OndApplication *app;

void
connect_gui_init (int    *argc,
                  char ***argv)
{
  g_autoptr(GError) error = NULL;

  gtk_test_init (argc, argv, NULL);
  adw_init ();
  g_object_set (gtk_settings_get_default (), "gtk-enable-animations", FALSE, NULL);
  app = g_object_new (OND_TYPE_APPLICATION,
                      "application-id", APPLICATION_ID ".TestConnect",
                      "flags", G_APPLICATION_NON_UNIQUE,
                      "resource-base-path", RESOURCE_BASE,
                      NULL);
  g_application_register (G_APPLICATION (app), NULL, &error);
  g_assert_no_error (error);
}

guint
count_main_windows (void)
{
  guint n = 0;

  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL; l = l->next)
    if (OND_IS_WINDOW (l->data))
      n++;
  return n;
}

/* The main window the application opened, waiting for it up to 20 s. */
OndWindow *
wait_for_main_window (void)
{
  gint64 end = g_get_monotonic_time () + 20 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      for (GList *l = gtk_application_get_windows (GTK_APPLICATION (app)); l != NULL;
           l = l->next)
        if (OND_IS_WINDOW (l->data) && gtk_widget_get_mapped (l->data))
          {
            run_until_idle ();
            return l->data;
          }
      g_main_context_iteration (NULL, FALSE);
    }
  return NULL;
}

void
close_main_window (OndWindow *window)
{
  OndWindow *weak = window;
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  g_object_add_weak_pointer (G_OBJECT (window), (gpointer *) &weak);
  gtk_window_destroy (GTK_WINDOW (window));
  while (weak != NULL && g_get_monotonic_time () < end)
    g_main_context_iteration (NULL, FALSE);
  g_assert_null (weak);
}

/* The message dialog shown with @heading; fails if none comes within 10 s. */
AdwMessageDialog *
wait_for_message (const char *heading)
{
  gint64 end = g_get_monotonic_time () + 10 * G_TIME_SPAN_SECOND;

  while (g_get_monotonic_time () < end)
    {
      g_autoptr(GList) windows = gtk_window_list_toplevels ();

      for (const GList *l = windows; l != NULL; l = l->next)
        if (ADW_IS_MESSAGE_DIALOG (l->data) && !OND_IS_CONNECT_DIALOG (l->data) &&
            gtk_widget_get_visible (l->data) &&
            g_strcmp0 (adw_message_dialog_get_heading (l->data), heading) == 0)
          return l->data;
      g_main_context_iteration (NULL, FALSE);
    }
  g_assert_not_reached ();
  return NULL;
}
