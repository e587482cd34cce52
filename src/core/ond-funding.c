/* ond-funding.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* A funding: year, source (taakveld 1.2, RIEC, other), amount in cents, earmark note, and
 * the budget lines it may pay for (funding_line; none means any line).
 */

#define G_LOG_DOMAIN "ond-funding"

#include "config.h"

#include "ond-funding.h"

struct _OndFunding
{
  GObject parent_instance;

  gint64  id;
  int     year;
  char   *source;
  char   *source_label;
  gint64  amount;
  char   *earmark;
  gint64 *line_ids;
  guint   n_line_ids;
  gint64  row_version;
};

enum
{
  PROP_0,
  PROP_ID,
  PROP_YEAR,
  PROP_SOURCE,
  PROP_SOURCE_LABEL,
  PROP_AMOUNT,
  PROP_EARMARK,
  PROP_ROW_VERSION,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndFunding, ond_funding, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
ond_funding_finalize (GObject *object)
{
  OndFunding *self = OND_FUNDING (object);

  g_clear_pointer (&self->source, g_free);
  g_clear_pointer (&self->source_label, g_free);
  g_clear_pointer (&self->earmark, g_free);
  g_clear_pointer (&self->line_ids, g_free);

  G_OBJECT_CLASS (ond_funding_parent_class)->finalize (object);
}

static void
ond_funding_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  OndFunding *self = OND_FUNDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_int64 (value, self->id);
      break;

    case PROP_YEAR:
      g_value_set_int (value, self->year);
      break;

    case PROP_SOURCE:
      g_value_set_string (value, self->source);
      break;

    case PROP_SOURCE_LABEL:
      g_value_set_string (value, self->source_label);
      break;

    case PROP_AMOUNT:
      g_value_set_int64 (value, self->amount);
      break;

    case PROP_EARMARK:
      g_value_set_string (value, self->earmark);
      break;

    case PROP_ROW_VERSION:
      g_value_set_int64 (value, self->row_version);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_funding_set_property (GObject      *object,
                          guint         prop_id,
                          const GValue *value,
                          GParamSpec   *pspec)
{
  OndFunding *self = OND_FUNDING (object);

  switch (prop_id)
    {
    case PROP_ID:
      self->id = g_value_get_int64 (value);
      break;

    case PROP_YEAR:
      self->year = g_value_get_int (value);
      break;

    case PROP_SOURCE:
      g_free (self->source);
      self->source = g_value_dup_string (value);
      if (self->source == NULL)
        self->source = g_strdup ("");
      break;

    case PROP_SOURCE_LABEL:
      g_free (self->source_label);
      self->source_label = g_value_dup_string (value);
      if (self->source_label == NULL)
        self->source_label = g_strdup ("");
      break;

    case PROP_AMOUNT:
      self->amount = g_value_get_int64 (value);
      break;

    case PROP_EARMARK:
      g_free (self->earmark);
      self->earmark = g_value_dup_string (value);
      if (self->earmark == NULL)
        self->earmark = g_strdup ("");
      break;

    case PROP_ROW_VERSION:
      ond_funding_set_row_version (self, g_value_get_int64 (value));
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_funding_class_init (OndFundingClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_funding_finalize;
  object_class->get_property = ond_funding_get_property;
  object_class->set_property = ond_funding_set_property;

  /* The row id of the funding. */
  properties[PROP_ID] =
    g_param_spec_int64 ("id", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The year the money is for. */
  properties[PROP_YEAR] =
    g_param_spec_int ("year", NULL, NULL,
                      0, G_MAXINT, 0,
                      G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The funding_source code: taakveld_1_2, riec or overig. */
  properties[PROP_SOURCE] =
    g_param_spec_string ("source", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The label of that source, e.g. "RIEC-bijdrage". */
  properties[PROP_SOURCE_LABEL] =
    g_param_spec_string ("source-label", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The amount in cents. */
  properties[PROP_AMOUNT] =
    g_param_spec_int64 ("amount", NULL, NULL,
                        G_MININT64, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* What the money is meant for, in words, or "". */
  properties[PROP_EARMARK] =
    g_param_spec_string ("earmark", NULL, NULL,
                         NULL,
                         G_PARAM_READWRITE | G_PARAM_CONSTRUCT_ONLY | G_PARAM_STATIC_STRINGS);

  /* The row version read with the funding (every change through the store adds 1; an edit
   * saved with it is refused when the row changed since, ond_store_save_funding_edit ()). */
  properties[PROP_ROW_VERSION] =
    g_param_spec_int64 ("row-version", NULL, NULL,
                        0, G_MAXINT64, 0,
                        G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_funding_init (OndFunding *self)
{
}

/**
 * ond_funding_new:
 * @id: the row id of the funding
 * @year: the year the money is for
 * @source: the funding_source code: taakveld_1_2, riec or overig
 * @source_label: the label of that source, e.g. "RIEC-bijdrage"
 * @amount: the amount in cents
 * @earmark: what the money is meant for, in words, or ""
 * @line_ids: (array length=n_line_ids) (nullable): the ids of the budget lines it may pay
 *   for; none means any line
 * @n_line_ids: the number of @line_ids
 *
 * Makes the model object of one funding row and the lines it may pay for. The ids are
 * copied.
 *
 * Returns: (transfer full): a new #OndFunding
 */
OndFunding *
ond_funding_new (gint64        id,
                 int           year,
                 const char   *source,
                 const char   *source_label,
                 gint64        amount,
                 const char   *earmark,
                 const gint64 *line_ids,
                 guint         n_line_ids)
{
  OndFunding *self;

  g_return_val_if_fail (line_ids != NULL || n_line_ids == 0, NULL);

  self = g_object_new (OND_TYPE_FUNDING,
                       "id", id,
                       "year", year,
                       "source", source,
                       "source-label", source_label,
                       "amount", amount,
                       "earmark", earmark,
                       NULL);
  self->line_ids = g_memdup2 (line_ids, sizeof (gint64) * n_line_ids);
  self->n_line_ids = n_line_ids;

  return self;
}

gint64
ond_funding_get_id (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), 0);

  return self->id;
}

int
ond_funding_get_year (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), 0);

  return self->year;
}

const char *
ond_funding_get_source (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), NULL);

  return self->source;
}

const char *
ond_funding_get_source_label (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), NULL);

  return self->source_label;
}

gint64
ond_funding_get_amount (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), 0);

  return self->amount;
}

const char *
ond_funding_get_earmark (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), NULL);

  return self->earmark;
}

/**
 * ond_funding_get_line_ids:
 * @self: a #OndFunding
 * @n: (out) (optional): the number of ids
 *
 * Returns: (array length=n) (transfer none) (nullable): the ids of the budget lines the money
 *   may pay for; none (@n is 0) means any line of the plan
 */
const gint64 *
ond_funding_get_line_ids (OndFunding *self,
                          guint      *n)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), NULL);

  if (n != NULL)
    *n = self->n_line_ids;
  return self->line_ids;
}

/**
 * ond_funding_may_pay_for:
 * @self: a #OndFunding
 * @line_id: the id of a budget line
 *
 * Returns: whether the money may pay for the line: it is earmarked for it, or for no line
 *   in particular
 */
gboolean
ond_funding_may_pay_for (OndFunding *self,
                         gint64      line_id)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), FALSE);

  if (self->n_line_ids == 0)
    return TRUE;
  for (guint i = 0; i < self->n_line_ids; i++)
    if (self->line_ids[i] == line_id)
      return TRUE;
  return FALSE;
}

/**
 * ond_funding_get_row_version:
 * @self: an #OndFunding
 *
 * Returns: the row version read with the funding (0 when it was not read from a store)
 */
gint64
ond_funding_get_row_version (OndFunding *self)
{
  g_return_val_if_fail (OND_IS_FUNDING (self), 0);

  return self->row_version;
}

/**
 * ond_funding_set_row_version:
 * @self: an #OndFunding
 * @row_version: the row version read with the funding
 *
 * Sets the row version, for the store that read the funding.
 */
void
ond_funding_set_row_version (OndFunding *self,
                             gint64      row_version)
{
  g_return_if_fail (OND_IS_FUNDING (self));

  if (self->row_version == row_version)
    return;
  self->row_version = row_version;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ROW_VERSION]);
}
