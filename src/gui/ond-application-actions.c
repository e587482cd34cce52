/* ond-application-actions.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The actions of the application (app.*) and their keyboard shortcuts. */

#define G_LOG_DOMAIN "ond-application-actions"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-application-private.h"

static void
ond_application_actions_quit (GSimpleAction *action,
                              GVariant      *param,
                              gpointer       user_data)
{
  OndApplication *self = user_data;
  GList *windows;

  /* Close the windows the way the user would, so each one saves its state. */
  windows = g_list_copy (gtk_application_get_windows (GTK_APPLICATION (self)));
  for (const GList *iter = windows; iter != NULL; iter = iter->next)
    gtk_window_close (GTK_WINDOW (iter->data));
  g_list_free (windows);
}

static void
ond_application_actions_about (GSimpleAction *action,
                               GVariant      *param,
                               gpointer       user_data)
{
  OndApplication *self = user_data;
  /* The developer the metainfo file names; its website is the municipality's (no issue
   * tracker is public). */
  const char *developers[] = { "Gemeente Dordrecht", NULL };
  GtkWindow *parent;
  GtkWidget *about;

  parent = gtk_application_get_active_window (GTK_APPLICATION (self));
  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", parent,
                        "modal", TRUE,
                        "application-name", _("Ondermijning"),
                        "application-icon", APPLICATION_ID,
                        "developer-name", _("Gemeente Dordrecht"),
                        "developers", developers,
                        "version", PACKAGE_VERSION,
                        "website", "https://www.dordrecht.nl/",
                        "comments", _("The municipality's approach to subversive crime: the "
                                      "execution plan with its pillars, themes and actions, "
                                      "its planning, budget and partners."),
                        "copyright", _("© 2026 Gemeente Dordrecht"),
                        "license-type", GTK_LICENSE_GPL_3_0,
                        /* Translators: your name(s), one per line. */
                        "translator-credits", _("translator-credits"),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

/* The default action of the notification of follow-ups that are due. */
static void
ond_application_actions_show_overview (GSimpleAction *action,
                                       GVariant      *param,
                                       gpointer       user_data)
{
  OndApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self));
      window = gtk_application_get_active_window (GTK_APPLICATION (self));
    }
  if (window == NULL)
    return;

  gtk_widget_activate_action (GTK_WIDGET (window), "win.show-section", "s", "overzicht");
  gtk_window_present (window);
}

void
_ond_application_actions_init (OndApplication *self)
{
  static const GActionEntry actions[] = {
    { "quit", ond_application_actions_quit },
    { "about", ond_application_actions_about },
    { "show-overview", ond_application_actions_show_overview },
  };
  static const char * const quit_accels[] = { "<Control>q", NULL };
  static const char * const close_accels[] = { "<Control>w", NULL };

  g_action_map_add_action_entries (G_ACTION_MAP (self),
                                   actions,
                                   G_N_ELEMENTS (actions),
                                   self);

  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "app.quit", quit_accels);
  gtk_application_set_accels_for_action (GTK_APPLICATION (self), "window.close",
                                         close_accels);
}
