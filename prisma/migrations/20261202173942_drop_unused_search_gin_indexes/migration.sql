-- DropIndex
DROP INDEX "Activity_facetCodes_idx";

-- DropIndex
DROP INDEX "Activity_searchFi_idx";

-- DropIndex
DROP INDEX "Activity_searchSv_idx";

-- DropIndex
DROP INDEX "Activity_searchTrgm_idx";

