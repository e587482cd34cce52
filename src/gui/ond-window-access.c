/* ond-window-access.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The window of a team server shows what the user's role may see (ond_store_get_access):
 * a section the role cannot read is taken out of the sidebar, the actions that would need
 * it are off, and a bar above the sections says which role the user works in and what it
 * leaves out. The server refuses the rest by itself (a clear message when tried).
 */

#define G_LOG_DOMAIN "ond-window"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-window-private.h"

static void
hide_section (OndWindow  *self,
              const char *name)
{
  GtkWidget *child = gtk_stack_get_child_by_name (self->stack, name);

  if (child != NULL)
    gtk_stack_page_set_visible (gtk_stack_get_page (self->stack, child), FALSE);
}

/* What the role leaves out, one sentence each. */
static char *
describe_limits (OndStoreAccess access)
{
  g_autoptr(GString) text = g_string_new (NULL);

  if (!(access & OND_STORE_ACCESS_READ_CASES))
    g_string_append_printf (text, " %s",
                            _("Cases and the case meeting are not shown: they hold personal "
                              "data."));
  else if (!(access & OND_STORE_ACCESS_EDIT_CASES))
    g_string_append_printf (text, " %s", _("Cases can be read, not changed."));
  if (!(access & OND_STORE_ACCESS_READ_BUDGET))
    g_string_append_printf (text, " %s", _("The budget is not shown."));
  else if (!(access & OND_STORE_ACCESS_EDIT_BUDGET))
    g_string_append_printf (text, " %s", _("The budget can be read, not changed."));
  if (!(access & OND_STORE_ACCESS_EDIT_PLAN))
    g_string_append_printf (text, " %s", _("The plan and its planning can be read, not changed."));
  if (!(access & OND_STORE_ACCESS_EDIT_REGISTERS))
    g_string_append_printf (text, " %s",
                            _("Controls and measures can be read, not changed."));
  return g_string_free (g_steal_pointer (&text), FALSE);
}

/* Shows only what the role of the user may see; nothing changes for a file or for the
 * database's owner. Called once, before the last section is shown again. */
void
_ond_window_apply_access (OndWindow *self)
{
  g_autofree char *role = NULL;
  g_autofree char *limits = NULL;
  g_autofree char *message = NULL;
  OndStoreAccess access;

  if (self->store == NULL)
    return;
  access = ond_store_get_access (self->store, &role);
  if (access == OND_STORE_ACCESS_ALL)
    return;

  if (!(access & OND_STORE_ACCESS_READ_CASES))
    {
      hide_section (self, "casusoverleg");
      gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.show-follow-ups", FALSE);
    }
  if (!(access & OND_STORE_ACCESS_EDIT_CASES))
    gtk_widget_action_set_enabled (GTK_WIDGET (self), "win.new-case", FALSE);
  if (!(access & OND_STORE_ACCESS_READ_BUDGET))
    hide_section (self, "begroting");

  limits = describe_limits (access);
  if (role != NULL)
    /* Translators: %s is the name of a role on the team server (casework, budget,
     * reporting: the names the administrator gives, not translated); then what the role
     * leaves out. */
    message = g_strdup_printf (_("You work in the role “%s” on the team server.%s"), role,
                               limits);
  else
    message = g_strdup_printf (_("Your rights on the team server are limited.%s"), limits);
  gtk_label_set_label (self->role_label, message);
  gtk_info_bar_set_revealed (self->role_bar, TRUE);
}
