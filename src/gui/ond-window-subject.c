/* ond-window-subject.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A request of a person concerned from the main window:
 *
 *   win.subject-request   the main menu's "Request of a Person Concerned…": opens the modal
 *                         window of the request (OndSubjectWindow). Also on a read-only file:
 *                         that window then says why nothing can be done.
 *
 * The main window's views follow its changes through the store's ::changed signal. */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include "ond-subject-window.h"
#include "ond-window-private.h"

static void
subject_request_action (GtkWidget  *widget,
                        const char *action_name,
                        GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  OndSubjectWindow *window;

  if (self->store == NULL)
    return;
  window = ond_subject_window_new (GTK_WINDOW (self), self->store, self->plan);
  gtk_window_present (GTK_WINDOW (window));
}

void
_ond_window_class_add_subject_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.subject-request", NULL,
                                   subject_request_action);
}
