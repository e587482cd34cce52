/* ond-connect-dialog.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* The "Connect to Team Server" dialog (ond-connect-dialog.h). Connect is enabled once the
 * server and the database are filled in (and the port, if any, is a number a port can be),
 * or once an address is: the address then takes the place of the fields, which are greyed
 * out. The address is built by ond_pg_build_uri (), every part percent-encoded. */

#define G_LOG_DOMAIN "ond-connect-dialog"

#include "config.h"

#include <glib/gi18n.h>

#include "ond-connect-dialog.h"
#include "ond-pg.h"

struct _OndConnectDialog
{
  AdwMessageDialog  parent_instance;

  GtkWidget        *fields_group;
  AdwEntryRow      *server_row;
  AdwEntryRow      *port_row;
  AdwEntryRow      *database_row;
  AdwEntryRow      *user_row;
  AdwEntryRow      *password_row;
  AdwEntryRow      *address_row;

  GSettings        *settings;
};

enum
{
  PROP_0,
  PROP_SETTINGS,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndConnectDialog, ond_connect_dialog, ADW_TYPE_MESSAGE_DIALOG)

static GParamSpec *properties[N_PROPS];

/* The text of @row without white space around it (transfer full). */
static char *
row_text (AdwEntryRow *row)
{
  return g_strstrip (g_strdup (gtk_editable_get_text (GTK_EDITABLE (row))));
}

/* The port typed: 0 when none; FALSE when it is not a port. */
static gboolean
read_port (OndConnectDialog *self,
           guint            *port)
{
  g_autofree char *text = row_text (self->port_row);
  guint64 value = 0;

  *port = 0;
  if (*text == '\0')
    return TRUE;
  if (!g_ascii_string_to_unsigned (text, 10, 1, 65535, &value, NULL))
    return FALSE;
  *port = (guint) value;
  return TRUE;
}

static gboolean
uses_address (OndConnectDialog *self)
{
  g_autofree char *address = row_text (self->address_row);

  return *address != '\0';
}

static void
on_changed_cb (OndConnectDialog *self)
{
  g_autofree char *server = row_text (self->server_row);
  g_autofree char *database = row_text (self->database_row);
  gboolean address = uses_address (self);
  guint port;
  gboolean port_ok = read_port (self, &port);

  if (port_ok || address)
    gtk_widget_remove_css_class (GTK_WIDGET (self->port_row), "error");
  else
    gtk_widget_add_css_class (GTK_WIDGET (self->port_row), "error");
  gtk_widget_set_sensitive (self->fields_group, !address);
  adw_message_dialog_set_response_enabled (ADW_MESSAGE_DIALOG (self), "connect",
                                           address ||
                                           (port_ok && *server != '\0' && *database != '\0'));
}

static void
set_row_text (AdwEntryRow *row,
              const char  *text)
{
  gtk_editable_set_text (GTK_EDITABLE (row), text != NULL ? text : "");
}

/* What was used last time, never a password. */
static void
fill_in (OndConnectDialog *self)
{
  g_autofree char *server = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  g_autofree char *port = NULL;
  guint port_value = 5432;

  if (self->settings != NULL)
    {
      server = g_settings_get_string (self->settings, "server-host");
      database = g_settings_get_string (self->settings, "server-database");
      user = g_settings_get_string (self->settings, "server-user");
      port_value = g_settings_get_uint (self->settings, "server-port");
    }
  if (port_value != 0)
    port = g_strdup_printf ("%u", port_value);
  set_row_text (self->server_row, server);
  set_row_text (self->port_row, port);
  set_row_text (self->database_row, database);
  set_row_text (self->user_row, user);
  /* The user name is often the only thing left to type. */
  if (server != NULL && *server != '\0' && database != NULL && *database != '\0')
    gtk_widget_grab_focus (GTK_WIDGET (user != NULL && *user != '\0' ? self->password_row
                                                                     : self->user_row));
  on_changed_cb (self);
}

static void
ond_connect_dialog_constructed (GObject *object)
{
  OndConnectDialog *self = OND_CONNECT_DIALOG (object);

  G_OBJECT_CLASS (ond_connect_dialog_parent_class)->constructed (object);
  fill_in (self);
}

static void
ond_connect_dialog_dispose (GObject *object)
{
  OndConnectDialog *self = OND_CONNECT_DIALOG (object);

  gtk_widget_dispose_template (GTK_WIDGET (self), OND_TYPE_CONNECT_DIALOG);
  g_clear_object (&self->settings);

  G_OBJECT_CLASS (ond_connect_dialog_parent_class)->dispose (object);
}

static void
ond_connect_dialog_get_property (GObject    *object,
                                 guint       prop_id,
                                 GValue     *value,
                                 GParamSpec *pspec)
{
  OndConnectDialog *self = OND_CONNECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      g_value_set_object (value, self->settings);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_connect_dialog_set_property (GObject      *object,
                                 guint         prop_id,
                                 const GValue *value,
                                 GParamSpec   *pspec)
{
  OndConnectDialog *self = OND_CONNECT_DIALOG (object);

  switch (prop_id)
    {
    case PROP_SETTINGS:
      self->settings = g_value_dup_object (value);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_connect_dialog_class_init (OndConnectDialogClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->constructed = ond_connect_dialog_constructed;
  object_class->dispose = ond_connect_dialog_dispose;
  object_class->get_property = ond_connect_dialog_get_property;
  object_class->set_property = ond_connect_dialog_set_property;

  properties[PROP_SETTINGS] =
    g_param_spec_object ("settings", NULL, NULL, G_TYPE_SETTINGS,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               RESOURCE_BASE "/ui/ond-connect-dialog.ui");
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, fields_group);
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, server_row);
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, port_row);
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, database_row);
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, user_row);
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, password_row);
  gtk_widget_class_bind_template_child (widget_class, OndConnectDialog, address_row);
  gtk_widget_class_bind_template_callback (widget_class, on_changed_cb);
}

/* libadwaita 1.2's password row warns ("invalid unclassed pointer in cast to GtkEditable")
 * when its window goes while it has the keyboard, as after Enter in it: the keyboard leaves
 * the fields before the dialog closes. */
static void
on_response_cb (OndConnectDialog *self)
{
  gtk_window_set_focus (GTK_WINDOW (self), NULL);
}

static void
ond_connect_dialog_init (OndConnectDialog *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
  g_signal_connect (self, "response", G_CALLBACK (on_response_cb), NULL);
}

/**
 * ond_connect_dialog_new:
 * @parent: (nullable): the window the dialog belongs to
 * @settings: (nullable): the application's settings: what was used last time
 *
 * Returns: (transfer full): a new dialog, not yet shown; it answers "connect" or "cancel"
 */
GtkWidget *
ond_connect_dialog_new (GtkWindow *parent,
                        GSettings *settings)
{
  g_return_val_if_fail (parent == NULL || GTK_IS_WINDOW (parent), NULL);
  g_return_val_if_fail (settings == NULL || G_IS_SETTINGS (settings), NULL);

  return g_object_new (OND_TYPE_CONNECT_DIALOG,
                       "transient-for", parent,
                       "settings", settings,
                       NULL);
}

/**
 * ond_connect_dialog_dup_uri:
 * @self: an #OndConnectDialog
 *
 * The address typed, as it is (postgresql://… or postgres://…), or as a service
 * (postgresql:///?service=NAME); else the address of the fields, with the password if one
 * was typed. Never show or log it: it may hold the password.
 *
 * Returns: (transfer full) (nullable): the libpq URI, or %NULL while Connect is disabled
 */
char *
ond_connect_dialog_dup_uri (OndConnectDialog *self)
{
  g_autofree char *server = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  const char *password;
  guint port;

  g_return_val_if_fail (OND_IS_CONNECT_DIALOG (self), NULL);

  if (uses_address (self))
    {
      g_autofree char *address = row_text (self->address_row);
      g_autofree char *service = NULL;

      if (ond_pg_is_uri (address))
        return g_steal_pointer (&address);
      service = g_uri_escape_string (address, NULL, FALSE);
      return g_strconcat ("postgresql:///?service=", service, NULL);
    }

  server = row_text (self->server_row);
  database = row_text (self->database_row);
  user = row_text (self->user_row);
  password = gtk_editable_get_text (GTK_EDITABLE (self->password_row));
  if (!read_port (self, &port) || *server == '\0' || *database == '\0')
    return NULL;
  return ond_pg_build_uri (server, port, database, user, password);
}

/**
 * ond_connect_dialog_remember:
 * @self: an #OndConnectDialog
 *
 * Keeps the server, port, database and user name in the settings for next time; never the
 * password, nor an address (which may hold one).
 */
void
ond_connect_dialog_remember (OndConnectDialog *self)
{
  g_autofree char *server = NULL;
  g_autofree char *database = NULL;
  g_autofree char *user = NULL;
  guint port;

  g_return_if_fail (OND_IS_CONNECT_DIALOG (self));

  if (self->settings == NULL || uses_address (self) || !read_port (self, &port))
    return;
  server = row_text (self->server_row);
  database = row_text (self->database_row);
  user = row_text (self->user_row);
  g_settings_set_string (self->settings, "server-host", server);
  g_settings_set_uint (self->settings, "server-port", port);
  g_settings_set_string (self->settings, "server-database", database);
  g_settings_set_string (self->settings, "server-user", user);
}
