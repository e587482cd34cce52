/* ond-window-retention.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The retention periods from the main window:
 *
 *   win.retention   the main menu's "Retention Periods…": the periods, the cases due for
 *                   removal and their removal, in a modal window of its own
 *                   (ond-retention-window.c). Also on a read-only file, which shows what is
 *                   due and changes nothing.
 *
 * The main window's views follow a removal through the store's ::changed signal. */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include "ond-retention-window.h"
#include "ond-window-private.h"

static void
retention_action (GtkWidget  *widget,
                  const char *action_name,
                  GVariant   *param)
{
  OndWindow *self = OND_WINDOW (widget);
  OndRetentionWindow *window;

  if (self->store == NULL)
    return;

  window = ond_retention_window_new (GTK_WINDOW (self), self->store);
  gtk_window_present (GTK_WINDOW (window));
}

void
_ond_window_class_add_retention_actions (GtkWidgetClass *widget_class)
{
  gtk_widget_class_install_action (widget_class, "win.retention", NULL, retention_action);
}
