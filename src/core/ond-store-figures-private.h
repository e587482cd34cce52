/* ond-store-figures-private.h
 *
 * Copyright 2026 Gemeente Dordrecht
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Internal API shared by the files of the monitoring figures: counting
 * (ond-store-figure-count.c), the figures (ond-store-figures.c), hand values
 * (ond-store-figure-values.c) and the year close (ond-store-year-close.c). Private to the
 * store.
 */

#pragma once

#include "ond-store-figures.h"
#include "ond-store-private.h"

G_BEGIN_DECLS

/* One indicator row. */
typedef struct
{
  gint64  id;
  char   *code;
  char   *name;
  char   *unit;
  char   *method;        /* indicator_method: "counted" or "manual" */
  gint64  parent_id;     /* 0 for a top-level figure */
  char   *parent_code;   /* NULL for a top-level figure */
} OndFigureIndicator;

/* One area, for the parts of a figure. */
typedef struct
{
  gint64  id;
  char   *name;
  char   *district;      /* "" when the area is not part of a district */
} OndFigureArea;

typedef struct
{
  gint64 area_id;
  gint64 value;
} OndFigureAreaValue;

/* What the records of one year give for one figure. */
typedef struct
{
  gboolean  countable;   /* FALSE: the figure is not counted from records (manual) */
  gint64    records;     /* the records that count towards the figure */
  gint64    total;
  gint64    months[12];
  gint64    no_area;
  GArray   *areas;       /* OndFigureAreaValue, areas with records only */
} OndFigureCount;

/* The code of the figure that counts the cases of @source (a case_source code), or NULL
 * when no figure counts them (retention, ond-store-retention.c). */
const char *_ond_figure_case_source_indicator (const char         *source);
/* Fails with OND_STORE_ERROR_INVALID for a year outside 2000..2100 (the schema's range). */
gboolean    _ond_figure_check_year         (int                   year,
                                            GError              **error);

void        _ond_figure_indicator_free     (OndFigureIndicator   *self);
void        _ond_figure_area_free          (OndFigureArea        *self);
void        _ond_figure_count_clear        (OndFigureCount       *self);

/* The indicator with @code; OND_STORE_ERROR_NOT_FOUND when there is none. Transfer full. */
OndFigureIndicator *_ond_store_find_indicator (OndStore         *self,
                                               const char       *code,
                                               GError          **error);
/* Every indicator in the indicators' order. Transfer full: OndFigureIndicator. */
GPtrArray  *_ond_store_list_figure_indicators (OndStore         *self,
                                               GError          **error);
/* Every area in the areas' order. Transfer full: OndFigureArea. */
GPtrArray  *_ond_store_list_figure_areas   (OndStore             *self,
                                            GError              **error);
/* The first year that is counted: the first year of the earliest plan (G_MAXINT when
 * there is no plan). */
gboolean    _ond_store_figure_counting_start (OndStore           *self,
                                              int                *year,
                                              GError            **error);
/* Counts the records of @year for @indicator by the counting table (a figure with parts:
 * the sum of its parts). @count is cleared first; a figure without a counting rule or
 * whose method is not "counted" gives countable FALSE. Ignores hand values, frozen values
 * and the counting start. */
gboolean    _ond_store_count_figure        (OndStore                 *self,
                                            const OndFigureIndicator *indicator,
                                            int                       year,
                                            OndFigureCount           *count,
                                            GError                  **error);
/* The hand value of @year (indicator_value, ond-store-figure-values.c); *@found FALSE when
 * there is none. @source may be NULL; else transfer full. */
gboolean    _ond_store_figure_hand_value   (OndStore             *self,
                                            gint64                indicator_id,
                                            int                   year,
                                            gboolean             *found,
                                            gint64               *value,
                                            char                **source,
                                            GError              **error);
/* Every part of a year in this order: the whole year, Q1..Q4, M01..M12, the areas, the
 * districts together, no area (OndFigurePart). Values from @count, or 0 when it is NULL.
 * Transfer full. */
GPtrArray  *_ond_figure_parts_from_count   (const OndFigureCount *count,
                                            GPtrArray            *areas);
/* The same parts with the values of @frozen (0 for a part that was not frozen). */
GPtrArray  *_ond_figure_parts_from_frozen  (GHashTable           *frozen,
                                            GPtrArray            *areas);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (OndFigureIndicator, _ond_figure_indicator_free)
G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (OndFigureCount, _ond_figure_count_clear)

G_END_DECLS
