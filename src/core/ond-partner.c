/* ond-partner.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A partner: name, short name, kind, membership of the regiegroep, contact role.
 */

#define G_LOG_DOMAIN "ond-partner"

#include "config.h"

#include "ond-partner.h"

struct _OndPartner
{
  GObject parent_instance;

  gint64    id;
  char     *name;
  char     *short_name;
  char     *kind;
  char     *kind_label;
  gboolean  regiegroep;
  char     *contact_role;
  gboolean  retired;
  int       position;
  gint64    row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_NAME,
  PROP_SHORT_NAME,
  PROP_KIND,
  PROP_KIND_LABEL,
  PROP_REGIEGROEP,
  PROP_CONTACT_ROLE,
  PROP_RETIRED,
  PROP_POSITION,
  PROP_ROW_VERSION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndPartner, ond_partner, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_partner_finalize (GObject *object)
{
  OndPartner *self = OND_PARTNER (object);

  g_clear_pointer (&self->name, g_free);
  g_clear_pointer (&self->short_name, g_free);
  g_clear_pointer (&self->kind, g_free);
  g_clear_pointer (&self->kind_label, g_free);
  g_clear_pointer (&self->contact_role, g_free);

  G_OBJECT_CLASS (ond_partner_parent_class)->finalize (object);
}

static void
ond_partner_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OndPartner *self = OND_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_NAME:
      g_value_set_string (value, self->name);
      break;

    case PROP_SHORT_NAME:
      g_value_set_string (value, self->short_name);
      break;

    case PROP_KIND:
      g_value_set_string (value, self->kind);
      break;

    case PROP_KIND_LABEL:
      g_value_set_string (value, self->kind_label);
      break;

    case PROP_REGIEGROEP:
      g_value_set_boolean (value, self->regiegroep);
      break;

    case PROP_CONTACT_ROLE:
      g_value_set_string (value, self->contact_role);
      break;

    case PROP_RETIRED:
      g_value_set_boolean (value, self->retired);
      break;

    case PROP_POSITION:
      g_value_set_int (value, self->position);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partner_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OndPartner *self = OND_PARTNER (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_NAME:
      g_free (self->name);
      self->name = g_value_dup_string (value);
      if (self->name == NULL)
        self->name = g_strdup ("");
      break;

    case PROP_SHORT_NAME:
      g_free (self->short_name);
      self->short_name = g_value_dup_string (value);
      if (self->short_name == NULL)
        self->short_name = g_strdup ("");
      break;

    case PROP_KIND:
      g_free (self->kind);
      self->kind = g_value_dup_string (value);
      if (self->kind == NULL)
        self->kind = g_strdup ("");
      break;

    case PROP_KIND_LABEL:
      g_free (self->kind_label);
      self->kind_label = g_value_dup_string (value);
      if (self->kind_label == NULL)
        self->kind_label = g_strdup ("");
      break;

    case PROP_REGIEGROEP:
      self->regiegroep = g_value_get_boolean (value);
      break;

    case PROP_CONTACT_ROLE:
      g_free (self->contact_role);
      self->contact_role = g_value_dup_string (value);
      if (self->contact_role == NULL)
        self->contact_role = g_strdup ("");
      break;

    case PROP_RETIRED:
      self->retired = g_value_get_boolean (value);
      break;

    case PROP_POSITION:
      self->position = g_value_get_int (value);
      break;

    case PROP_ROW_VERSION:
      ond_partner_set_row_version (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_partner_class_init (OndPartnerClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_partner_finalize;
  object_class->get_property = ond_partner_get_property;
  object_class->set_property = ond_partner_set_property;

  /* The row id of the partner. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The full name, e.g. "Omgevingsdienst Zuid-Holland Zuid". */
  properties[PROP_NAME] =
    g_param_spec_string ("name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The short name, e.g. "OZHZ". */
  properties[PROP_SHORT_NAME] =
    g_param_spec_string ("short-name", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The partner_kind code: gemeentelijk, extern or riec. */
  properties[PROP_KIND] =
    g_param_spec_string ("kind", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that kind, e.g. "RIEC-convenantpartner". */
  properties[PROP_KIND_LABEL] =
    g_param_spec_string ("kind-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether the partner is a member of the regiegroep. */
  properties[PROP_REGIEGROEP] =
    g_param_spec_boolean ("regiegroep", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The role of the contact person, or "". */
  properties[PROP_CONTACT_ROLE] =
    g_param_spec_string ("contact-role", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* Whether the partner no longer takes part (kept for history). */
  properties[PROP_RETIRED] =
    g_param_spec_boolean ("retired", NULL, NULL,
                          FALSE,
                          G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The place of the partner in the list. */
  properties[PROP_POSITION] =
    g_param_spec_int ("position", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The row version read with the partner (every change through the store adds 1; an edit
   * saved with it is refused when the row changed since, ond_store_save_partner_edit ()). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_partner_init (OndPartner *self)
{
}

/**
 * ond_partner_new:
 * @id: the row id of the partner
 * @name: the full name, e.g. "Omgevingsdienst Zuid-Holland Zuid"
 * @short_name: the short name, e.g. "OZHZ"
 * @kind: the partner_kind code: gemeentelijk, extern or riec
 * @kind_label: the label of that kind, e.g. "RIEC-convenantpartner"
 * @regiegroep: whether the partner is a member of the regiegroep
 * @contact_role: the role of the contact person, or ""
 * @retired: whether the partner no longer takes part (kept for history)
 * @position: the place of the partner in the list
 *
 * Makes the model object of one partner row.
 *
 * Returns: (transfer full): a new #OndPartner
 */
OndPartner *
ond_partner_new (gint64      id,
                 const char *name,
                 const char *short_name,
                 const char *kind,
                 const char *kind_label,
                 gboolean    regiegroep,
                 const char *contact_role,
                 gboolean    retired,
                 int         position)
{
  return g_object_new (OND_TYPE_PARTNER,
                       "id", id,
                       "name", name,
                       "short-name", short_name,
                       "kind", kind,
                       "kind-label", kind_label,
                       "regiegroep", regiegroep,
                       "contact-role", contact_role,
                       "retired", retired,
                       "position", position,
                       NULL);
}

gint64
ond_partner_get_id (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), 0);

  return self->id;
}

const char *
ond_partner_get_name (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), NULL);

  return self->name;
}

const char *
ond_partner_get_short_name (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), NULL);

  return self->short_name;
}

const char *
ond_partner_get_kind (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), NULL);

  return self->kind;
}

const char *
ond_partner_get_kind_label (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), NULL);

  return self->kind_label;
}

gboolean
ond_partner_get_regiegroep (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), FALSE);

  return self->regiegroep;
}

const char *
ond_partner_get_contact_role (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), NULL);

  return self->contact_role;
}

gboolean
ond_partner_get_retired (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), FALSE);

  return self->retired;
}

int
ond_partner_get_position (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), 0);

  return self->position;
}

/**
 * ond_partner_is_offered:
 * @self: a #OndPartner
 * @current_ids: (array length=n_current) (nullable): the partners the record being edited
 *   has now
 * @n_current: the number of @current_ids
 *
 * Whether a picker offers the partner: a retired partner is no longer offered for new
 * records, but a record that has it already still shows it.
 *
 * Returns: %TRUE when the partner takes part or is one of @current_ids
 */
gboolean
ond_partner_is_offered (OndPartner   *self,
                        const gint64 *current_ids,
                        guint         n_current)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), FALSE);
  g_return_val_if_fail (current_ids != NULL || n_current == 0, FALSE);

  if (!self->retired)
    return TRUE;
  for (guint i = 0; i < n_current; i++)
    if (current_ids[i] == self->id)
      return TRUE;
  return FALSE;
}

/* Sets a string member to @value, notifying @prop when it changed. */
static void
update_string (OndPartner  *self,
               char       **member,
               const char  *value,
               guint        prop)
{
  if (g_strcmp0 (*member, value) == 0)
    return;
  g_free (*member);
  *member = g_strdup (value != NULL ? value : "");
  g_object_notify_by_pspec (G_OBJECT (self), properties[prop]);
}

/**
 * ond_partner_update:
 * @self: a #OndPartner
 * @from: the same partner (the same id) as read again from the store
 *
 * Takes over the fields of @from, notifying each property that changed, so that what
 * shows the partner follows it without being made anew.
 */
void
ond_partner_update (OndPartner *self,
                    OndPartner *from)
{
  g_return_if_fail (OND_IS_PARTNER (self));
  g_return_if_fail (OND_IS_PARTNER (from));
  g_return_if_fail (self->id == from->id);

  g_object_freeze_notify (G_OBJECT (self));
  update_string (self, &self->name, from->name, PROP_NAME);
  update_string (self, &self->short_name, from->short_name, PROP_SHORT_NAME);
  update_string (self, &self->kind, from->kind, PROP_KIND);
  update_string (self, &self->kind_label, from->kind_label, PROP_KIND_LABEL);
  update_string (self, &self->contact_role, from->contact_role, PROP_CONTACT_ROLE);
  if (self->regiegroep != from->regiegroep)
    {
      self->regiegroep = from->regiegroep;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_REGIEGROEP]);
    }
  if (self->retired != from->retired)
    {
      self->retired = from->retired;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RETIRED]);
    }
  if (self->position != from->position)
    {
      self->position = from->position;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_POSITION]);
    }
  ond_partner_set_row_version (self, from->row_version);
  g_object_thaw_notify (G_OBJECT (self));
}

/**
 * ond_partner_get_row_version:
 * @self: a #OndPartner
 *
 * Returns: the row version read with the partner (0 when it was not read from a store)
 */
gint64
ond_partner_get_row_version (OndPartner *self)
{
  g_return_val_if_fail (OND_IS_PARTNER (self), 0);

  return self->row_version;
}

/**
 * ond_partner_set_row_version:
 * @self: a #OndPartner
 * @row_version: the row version read with the partner
 *
 * Sets the row version, for the store that read the partner.
 */
void
ond_partner_set_row_version (OndPartner *self,
                             gint64      row_version)
{
  g_return_if_fail (OND_IS_PARTNER (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}
