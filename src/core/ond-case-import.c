/* ond-case-import.c
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Reading and checking a CSV file of signals (meldingen) before anything is added: every
 * row becomes an OndCaseDraft or one or more problems, each with its line and column. The
 * adding itself is ond_store_import_cases() in ond-store-imports.c.
 */

#define G_LOG_DOMAIN "ond-case-import"

#include "config.h"

#include <glib/gi18n.h>
#include <string.h>

#include "ond-area.h"
#include "ond-case-import-private.h"
#include "ond-csv.h"
#include "ond-date.h"
#include "ond-plan.h"
#include "ond-store-imports.h"
#include "ond-store-vocabulary.h"
#include "ond-text.h"
#include "ond-theme.h"

/* The columns an import knows. Their names are the Dutch headings of the file: data, not
 * translated. */
typedef enum
{
  COLUMN_DATE,
  COLUMN_SOURCE,
  COLUMN_THEME,
  COLUMN_AREA,
  COLUMN_KIND,
  COLUMN_SUBJECT,
  COLUMN_ADDRESS,
  COLUMN_SUMMARY,
  COLUMN_MMA,
  COLUMN_POLICE,
  COLUMN_RIEC,
  COLUMN_ZAAKNUMMER,
  N_COLUMNS,
} Column;

static const struct
{
  const char *name;
  gboolean    required;
} columns[N_COLUMNS] = {
  [COLUMN_DATE] = { "Datum", TRUE },
  [COLUMN_SOURCE] = { "Bron", TRUE },
  [COLUMN_THEME] = { "Thema", FALSE },
  [COLUMN_AREA] = { "Gebied", FALSE },
  [COLUMN_KIND] = { "Soort", TRUE },
  [COLUMN_SUBJECT] = { "Subject", TRUE },
  [COLUMN_ADDRESS] = { "Adres", FALSE },
  [COLUMN_SUMMARY] = { "Samenvatting", TRUE },
  [COLUMN_MMA] = { "MMA-nummer", FALSE },
  [COLUMN_POLICE] = { "Politienummer", FALSE },
  [COLUMN_RIEC] = { "RIEC-nummer", FALSE },
  [COLUMN_ZAAKNUMMER] = { "Zaaknummer", FALSE },
};

/* A vocabulary as the import matches it: folded names to codes or ids, and the names to
 * suggest in a message. */
typedef struct
{
  GHashTable *codes;  /* folded name -> code; ids (themes, areas) as decimal strings */
  GString    *hint;
} Lookup;

struct _OndCaseImport
{
  GObject     parent_instance;

  char       *file_name;
  char       *sha256;
  GDateTime  *today;
  GPtrArray  *drafts;    /* OndCaseDraft * */
  GArray     *lines;     /* guint, the line of each draft */
  GPtrArray  *problems;  /* OndImportProblem * */
  gboolean    duplicate;
};

enum {
  PROP_0,
  PROP_FILE_NAME,
  PROP_SHA256,
  PROP_DUPLICATE,
  N_PROPS,
};

G_DEFINE_FINAL_TYPE (OndCaseImport, ond_case_import, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];

static void
problem_free (gpointer data)
{
  OndImportProblem *problem = data;

  g_free (problem->column);
  g_free (problem->message);
  g_free (problem);
}

static void
add_problem (OndCaseImport *self,
             guint          line,
             const char    *column,
             char          *message)
{
  OndImportProblem *problem = g_new0 (OndImportProblem, 1);

  problem->line = line;
  problem->column = g_strdup (column);
  problem->message = message;
  g_ptr_array_add (self->problems, problem);
}

static int
compare_problems (gconstpointer a,
                  gconstpointer b)
{
  const OndImportProblem *pa = *(OndImportProblem * const *) a;
  const OndImportProblem *pb = *(OndImportProblem * const *) b;

  return (pa->line > pb->line) - (pa->line < pb->line);
}

static void
lookup_clear (Lookup *lookup)
{
  g_clear_pointer (&lookup->codes, g_hash_table_unref);
  if (lookup->hint != NULL)
    g_string_free (lookup->hint, TRUE);
  lookup->hint = NULL;
}

static void
lookup_init (Lookup *lookup)
{
  lookup->codes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  lookup->hint = g_string_new (NULL);
}

/* Adds @name as a way of writing @code. The first of equal names wins. */
static void
lookup_add (Lookup     *lookup,
            const char *name,
            const char *code)
{
  char *key;

  if (ond_text_is_blank (name))
    return;
  key = ond_text_fold (name);
  if (g_hash_table_contains (lookup->codes, key))
    g_free (key);
  else
    g_hash_table_insert (lookup->codes, key, g_strdup (code));
}

static void
lookup_add_hint (Lookup     *lookup,
                 const char *name)
{
  if (lookup->hint->len > 0)
    g_string_append (lookup->hint, ", ");
  g_string_append (lookup->hint, name);
}

static const char *
lookup_find (Lookup     *lookup,
             const char *value)
{
  g_autofree char *key = ond_text_fold (value);

  return g_hash_table_lookup (lookup->codes, key);
}

/* A vocabulary table: its labels and its codes both match ("MMA" finds mma). */
static gboolean
lookup_load_vocabulary (Lookup      *lookup,
                        OndStore    *store,
                        const char  *table,
                        GError     **error)
{
  g_autoptr(GPtrArray) entries = ond_store_list_vocabulary (store, table, error);

  if (entries == NULL)
    return FALSE;
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      lookup_add (lookup, entry->label, entry->code);
      lookup_add_hint (lookup, entry->label);
    }
  for (guint i = 0; i < entries->len; i++)
    {
      OndVocabularyEntry *entry = g_ptr_array_index (entries, i);

      lookup_add (lookup, entry->code, entry->code);
    }
  return TRUE;
}

/* The themes of the current plan, by name and by short name. */
static gboolean
lookup_load_themes (Lookup    *lookup,
                    OndStore  *store,
                    GError   **error)
{
  g_autoptr(OndPlan) plan = ond_store_dup_current_plan (store, error);
  g_autoptr(GListModel) themes = NULL;
  guint n;

  if (plan == NULL)
    return FALSE;
  themes = ond_store_list_themes (store, ond_plan_get_id (plan), error);
  if (themes == NULL)
    return FALSE;

  n = g_list_model_get_n_items (themes);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ond_theme_get_id (theme));
      const char *short_name = ond_theme_get_short_name (theme);

      lookup_add (lookup, ond_theme_get_name (theme), id);
      lookup_add_hint (lookup, ond_text_is_blank (short_name) ? ond_theme_get_name (theme)
                                                              : short_name);
    }
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndTheme) theme = g_list_model_get_item (themes, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ond_theme_get_id (theme));

      lookup_add (lookup, ond_theme_get_short_name (theme), id);
    }
  return TRUE;
}

/* Every area, retired ones too (an old list may name them); only the areas in use are
 * suggested. */
static gboolean
lookup_load_areas (Lookup    *lookup,
                   OndStore  *store,
                   GError   **error)
{
  g_autoptr(GListModel) areas = ond_store_list_areas (store, error);
  guint n;

  if (areas == NULL)
    return FALSE;
  n = g_list_model_get_n_items (areas);
  for (guint i = 0; i < n; i++)
    {
      g_autoptr(OndArea) area = g_list_model_get_item (areas, i);
      g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, ond_area_get_id (area));

      lookup_add (lookup, ond_area_get_name (area), id);
      if (!ond_area_get_retired (area))
        lookup_add_hint (lookup, ond_area_get_name (area));
    }
  return TRUE;
}

/* A heading as the import compares it: folded, without spaces, hyphens, dots or
 * underscores ("MMA nummer", "mma-nummer" and "MMANummer" are one column). */
static char *
header_key (const char *heading)
{
  g_autofree char *folded = ond_text_fold (heading);
  GString *key = g_string_new (NULL);

  for (const char *p = folded; *p != '\0'; p++)
    {
      if (*p != ' ' && *p != '-' && *p != '_' && *p != '.')
        g_string_append_c (key, *p);
    }
  return g_string_free (key, FALSE);
}

static char *
column_list (void)
{
  GString *list = g_string_new (NULL);

  for (guint i = 0; i < N_COLUMNS; i++)
    {
      if (i > 0)
        g_string_append (list, ", ");
      g_string_append (list, columns[i].name);
    }
  return g_string_free (list, FALSE);
}

/* Maps the header onto the known columns: @positions[column] is the field index, or -1.
 * Problems of the header are added; returns FALSE when no column is known at all (then
 * the file has no usable header). */
static gboolean
read_header (OndCaseImport   *self,
             const OndCsvRow *header,
             int              positions[N_COLUMNS],
             gboolean        *complete)
{
  gboolean any_known = FALSE;
  g_autofree char *known = column_list ();

  for (guint c = 0; c < N_COLUMNS; c++)
    positions[c] = -1;
  *complete = TRUE;

  for (guint i = 0; i < header->n_fields; i++)
    {
      g_autofree char *key = header_key (header->fields[i]);
      gboolean matched = FALSE;

      if (key[0] == '\0')
        continue;

      for (guint c = 0; c < N_COLUMNS && !matched; c++)
        {
          g_autofree char *name_key = header_key (columns[c].name);

          if (strcmp (key, name_key) != 0)
            continue;
          matched = TRUE;
          any_known = TRUE;
          if (positions[c] >= 0)
            {
              add_problem (self, header->line, columns[c].name,
                           g_strdup (_("This column appears more than once in the header")));
              *complete = FALSE;
            }
          else
            {
              positions[c] = (int) i;
            }
        }

      if (!matched)
        {
          g_autofree char *heading = g_strstrip (g_strdup (header->fields[i]));

          /* Translators: %s is the list of column names (Dutch, as in the file). */
          add_problem (self, header->line, heading,
                       g_strdup_printf (_("Unknown column; the columns are: %s"), known));
          *complete = FALSE;
        }
    }

  if (!any_known)
    return FALSE;

  for (guint c = 0; c < N_COLUMNS; c++)
    {
      if (columns[c].required && positions[c] < 0)
        {
          add_problem (self, header->line, columns[c].name,
                       g_strdup (_("This column is required but missing from the header")));
          *complete = FALSE;
        }
    }
  return TRUE;
}

/* The trimmed value of @column in @row, "" when the file has no such column. */
static char *
row_value (const OndCsvRow *row,
           const int        positions[N_COLUMNS],
           Column           column)
{
  if (positions[column] < 0 || (guint) positions[column] >= row->n_fields)
    return g_strdup ("");
  return g_strstrip (g_strdup (row->fields[positions[column]]));
}

static Column
column_for_draft_error (int code)
{
  switch ((OndCaseDraftError) code)
    {
    case OND_CASE_DRAFT_ERROR_DATE:
      return COLUMN_DATE;
    case OND_CASE_DRAFT_ERROR_SOURCE:
      return COLUMN_SOURCE;
    case OND_CASE_DRAFT_ERROR_THEME:
      return COLUMN_THEME;
    case OND_CASE_DRAFT_ERROR_AREA:
      return COLUMN_AREA;
    case OND_CASE_DRAFT_ERROR_SUBJECT_KIND:
      return COLUMN_KIND;
    case OND_CASE_DRAFT_ERROR_SUBJECT_NAME:
      return COLUMN_SUBJECT;
    case OND_CASE_DRAFT_ERROR_SUMMARY:
    default:
      return COLUMN_SUMMARY;
    }
}

/* Turns one row into a draft, or adds its problems. */
static void
read_row (OndCaseImport   *self,
          const OndCsvRow *header,
          const OndCsvRow *row,
          const int        positions[N_COLUMNS],
          gboolean         header_complete,
          Lookup          *sources,
          Lookup          *kinds,
          Lookup          *themes,
          Lookup          *areas)
{
  g_autoptr(OndCaseDraft) draft = ond_case_draft_new ();
  g_autoptr(GError) error = NULL;
  gboolean bad[N_COLUMNS] = { FALSE, };
  gboolean any_bad = FALSE;
  g_autofree char *date = row_value (row, positions, COLUMN_DATE);
  g_autofree char *source = row_value (row, positions, COLUMN_SOURCE);
  g_autofree char *theme = row_value (row, positions, COLUMN_THEME);
  g_autofree char *area = row_value (row, positions, COLUMN_AREA);
  g_autofree char *kind = row_value (row, positions, COLUMN_KIND);
  const char *code;

  /* A value under an empty heading would be lost without a word (a value under an
   * unknown heading is reported once, for the header). */
  for (guint i = 0; i < row->n_fields && i < header->n_fields; i++)
    {
      if (ond_text_is_blank (header->fields[i]) && !ond_text_is_blank (row->fields[i]))
        add_problem (self, row->line, NULL,
                     g_strdup_printf (_("Field %u holds a value, but its column has no "
                                        "heading"), i + 1));
    }

  if (positions[COLUMN_DATE] >= 0)
    {
      if (!ond_date_parse (date, &draft->date_received, &error))
        {
          add_problem (self, row->line, columns[COLUMN_DATE].name, g_strdup (error->message));
          g_clear_error (&error);
          bad[COLUMN_DATE] = TRUE;
        }
    }

  if (positions[COLUMN_SOURCE] >= 0)
    {
      if (source[0] == '\0')
        {
          add_problem (self, row->line, columns[COLUMN_SOURCE].name,
                       g_strdup (_("No source was given")));
          bad[COLUMN_SOURCE] = TRUE;
        }
      else if ((code = lookup_find (sources, source)) == NULL)
        {
          add_problem (self, row->line, columns[COLUMN_SOURCE].name,
                       /* Translators: the first %s is the value in the file, the second
                        * the list of sources. */
                       g_strdup_printf (_("“%s” is not a known source; use one of: %s"),
                                        source, sources->hint->str));
          bad[COLUMN_SOURCE] = TRUE;
        }
      else
        {
          draft->source = g_strdup (code);
        }
    }

  if (theme[0] != '\0')
    {
      if ((code = lookup_find (themes, theme)) == NULL)
        {
          add_problem (self, row->line, columns[COLUMN_THEME].name,
                       g_strdup_printf (_("“%s” is not a theme of the plan; use one of: %s"),
                                        theme, themes->hint->str));
          bad[COLUMN_THEME] = TRUE;
        }
      else
        {
          draft->theme_id = g_ascii_strtoll (code, NULL, 10);
        }
    }

  if (area[0] != '\0')
    {
      if ((code = lookup_find (areas, area)) == NULL)
        {
          add_problem (self, row->line, columns[COLUMN_AREA].name,
                       g_strdup_printf (_("“%s” is not a known area; use one of: %s"),
                                        area, areas->hint->str));
          bad[COLUMN_AREA] = TRUE;
        }
      else
        {
          draft->area_id = g_ascii_strtoll (code, NULL, 10);
        }
    }

  if (positions[COLUMN_KIND] >= 0)
    {
      if (kind[0] == '\0')
        {
          add_problem (self, row->line, columns[COLUMN_KIND].name,
                       g_strdup (_("No kind of subject was given")));
          bad[COLUMN_KIND] = TRUE;
        }
      else if ((code = lookup_find (kinds, kind)) == NULL)
        {
          add_problem (self, row->line, columns[COLUMN_KIND].name,
                       g_strdup_printf (_("“%s” is not a known kind of subject; "
                                          "use one of: %s"),
                                        kind, kinds->hint->str));
          bad[COLUMN_KIND] = TRUE;
        }
      else
        {
          draft->subject_kind = g_strdup (code);
        }
    }

  draft->subject_name = row_value (row, positions, COLUMN_SUBJECT);
  if (positions[COLUMN_SUBJECT] >= 0 && draft->subject_name[0] == '\0')
    {
      add_problem (self, row->line, columns[COLUMN_SUBJECT].name,
                   g_strdup (_("No subject name was given")));
      bad[COLUMN_SUBJECT] = TRUE;
    }

  draft->address = row_value (row, positions, COLUMN_ADDRESS);
  draft->summary = row_value (row, positions, COLUMN_SUMMARY);
  if (positions[COLUMN_SUMMARY] >= 0 && draft->summary[0] == '\0')
    {
      add_problem (self, row->line, columns[COLUMN_SUMMARY].name,
                   g_strdup (_("No summary was given")));
      bad[COLUMN_SUMMARY] = TRUE;
    }
  draft->mma_number = row_value (row, positions, COLUMN_MMA);
  draft->police_number = row_value (row, positions, COLUMN_POLICE);
  draft->riec_number = row_value (row, positions, COLUMN_RIEC);
  draft->zaaknummer = row_value (row, positions, COLUMN_ZAAKNUMMER);

  for (guint c = 0; c < N_COLUMNS; c++)
    any_bad = any_bad || bad[c];

  /* What the draft itself checks (a date in the future or before 2000, ...), reported
   * once per row and not again for a column that already has a problem. When the header
   * lacks a required column, that is reported once for the header instead. */
  if (header_complete && !ond_case_draft_validate (draft, self->today, &error))
    {
      Column column = error->domain == OND_CASE_DRAFT_ERROR
                      ? column_for_draft_error (error->code) : COLUMN_SUMMARY;

      if (!bad[column])
        add_problem (self, row->line, columns[column].name, g_strdup (error->message));
      return;
    }

  if (any_bad || !header_complete)
    return;

  g_ptr_array_add (self->drafts, g_steal_pointer (&draft));
  g_array_append_val (self->lines, row->line);
}

static void
ond_case_import_finalize (GObject *object)
{
  OndCaseImport *self = (OndCaseImport *) object;

  g_clear_pointer (&self->file_name, g_free);
  g_clear_pointer (&self->sha256, g_free);
  g_clear_pointer (&self->today, g_date_time_unref);
  g_clear_pointer (&self->drafts, g_ptr_array_unref);
  g_clear_pointer (&self->lines, g_array_unref);
  g_clear_pointer (&self->problems, g_ptr_array_unref);

  G_OBJECT_CLASS (ond_case_import_parent_class)->finalize (object);
}

static void
ond_case_import_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  OndCaseImport *self = OND_CASE_IMPORT (object);

  switch (prop_id)
    {
    case PROP_FILE_NAME:
      g_value_set_string (value, self->file_name);
      break;
    case PROP_SHA256:
      g_value_set_string (value, self->sha256);
      break;
    case PROP_DUPLICATE:
      g_value_set_boolean (value, self->duplicate);
      break;
    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
ond_case_import_class_init (OndCaseImportClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->finalize = ond_case_import_finalize;
  object_class->get_property = ond_case_import_get_property;

  properties[PROP_FILE_NAME] =
    g_param_spec_string ("file-name", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_SHA256] =
    g_param_spec_string ("sha256", NULL, NULL, NULL,
                         G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties[PROP_DUPLICATE] =
    g_param_spec_boolean ("duplicate", NULL, NULL, FALSE,
                          G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
ond_case_import_init (OndCaseImport *self)
{
  self->drafts = g_ptr_array_new_with_free_func ((GDestroyNotify) ond_case_draft_free);
  self->lines = g_array_new (FALSE, FALSE, sizeof (guint));
  self->problems = g_ptr_array_new_with_free_func (problem_free);
}

/**
 * ond_case_import_prepare:
 * @store: the #OndStore whose lists (sources, kinds, the themes of the current plan, areas)
 *   the values are matched against
 * @path: a CSV file
 * @today: the day the dates are checked against
 * @error: return location for an error
 *
 * Reads and checks a file of signals. Nothing is written.
 *
 * Returns: (transfer full): the import with its drafts and problems, or %NULL with @error
 *   set when the file cannot be read or has no header with any known column
 */
OndCaseImport *
ond_case_import_prepare (OndStore    *store,
                         const char  *path,
                         GDateTime   *today,
                         GError     **error)
{
  g_autoptr(OndCaseImport) self = NULL;
  g_autoptr(OndCsv) csv = NULL;
  g_autofree char *contents = NULL;
  g_autofree char *earlier_name = NULL;
  g_autofree char *earlier_at = NULL;
  Lookup sources = { 0 }, kinds = { 0 }, themes = { 0 }, areas = { 0 };
  int positions[N_COLUMNS];
  gboolean header_complete;
  gboolean found = FALSE;
  gboolean ok;
  gsize length = 0;

  g_return_val_if_fail (OND_IS_STORE (store), NULL);
  g_return_val_if_fail (path != NULL, NULL);
  g_return_val_if_fail (today != NULL, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  self = g_object_new (OND_TYPE_CASE_IMPORT, NULL);
  self->file_name = g_filename_display_basename (path);
  self->today = g_date_time_ref (today);

  if (!g_file_get_contents (path, &contents, &length, error))
    return NULL;
  self->sha256 = ond_csv_sha256 (contents, length);

  csv = ond_csv_parse (contents, length, error);
  if (csv == NULL)
    {
      g_prefix_error (error, "%s: ", self->file_name);
      return NULL;
    }

  if (!read_header (self, ond_csv_get_header (csv), positions, &header_complete))
    {
      g_autofree char *known = column_list ();

      g_set_error (error, OND_STORE_ERROR, OND_STORE_ERROR_INVALID,
                   _("%s: the first line is not a header with the columns %s"),
                   self->file_name, known);
      return NULL;
    }

  lookup_init (&sources);
  lookup_init (&kinds);
  lookup_init (&themes);
  lookup_init (&areas);
  ok = lookup_load_vocabulary (&sources, store, "case_source", error) &&
       lookup_load_vocabulary (&kinds, store, "subject_kind", error) &&
       lookup_load_themes (&themes, store, error) &&
       lookup_load_areas (&areas, store, error) &&
       ond_store_find_import_batch (store, self->sha256, &found, &earlier_name,
                                    &earlier_at, error);
  if (ok)
    {
      for (guint i = 0; i < ond_csv_get_n_problems (csv); i++)
        {
          const OndCsvProblem *problem = ond_csv_get_problem (csv, i);

          add_problem (self, problem->line, NULL, g_strdup (problem->message));
        }
      for (guint i = 0; i < ond_csv_get_n_rows (csv); i++)
        read_row (self, ond_csv_get_header (csv), ond_csv_get_row (csv, i), positions,
                  header_complete, &sources, &kinds, &themes, &areas);
    }
  lookup_clear (&sources);
  lookup_clear (&kinds);
  lookup_clear (&themes);
  lookup_clear (&areas);
  if (!ok)
    return NULL;

  if (ond_csv_get_n_rows (csv) == 0 && ond_csv_get_n_problems (csv) == 0)
    add_problem (self, 0, NULL, g_strdup (_("The file has no rows below its header")));

  if (found)
    {
      g_autofree char *when = ond_date_format (earlier_at);

      self->duplicate = TRUE;
      /* Translators: the first %s is a date and time, the second a file name. */
      add_problem (self, 0, NULL,
                   g_strdup_printf (_("This file was imported before, on %s (as “%s”); "
                                      "nothing is added twice"),
                                    when, earlier_name));
    }

  g_ptr_array_sort (self->problems, compare_problems);
  return g_steal_pointer (&self);
}

const char *
ond_case_import_get_file_name (OndCaseImport *self)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), NULL);

  return self->file_name;
}

const char *
ond_case_import_get_sha256 (OndCaseImport *self)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), NULL);

  return self->sha256;
}

/**
 * ond_case_import_get_drafts:
 * @self: an #OndCaseImport
 *
 * Returns: (transfer none) (element-type OndCaseDraft): the rows without problems, in file
 *   order
 */
GPtrArray *
ond_case_import_get_drafts (OndCaseImport *self)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), NULL);

  return self->drafts;
}

/**
 * ond_case_import_get_problems:
 * @self: an #OndCaseImport
 *
 * Returns: (transfer none) (element-type OndImportProblem): every problem, by line
 */
GPtrArray *
ond_case_import_get_problems (OndCaseImport *self)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), NULL);

  return self->problems;
}

gboolean
ond_case_import_is_duplicate (OndCaseImport *self)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), FALSE);

  return self->duplicate;
}

guint
_ond_case_import_get_draft_line (OndCaseImport *self,
                                 guint          index)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), 0);
  g_return_val_if_fail (index < self->lines->len, 0);

  return g_array_index (self->lines, guint, index);
}

GDateTime *
_ond_case_import_get_today (OndCaseImport *self)
{
  g_return_val_if_fail (OND_IS_CASE_IMPORT (self), NULL);

  return self->today;
}
