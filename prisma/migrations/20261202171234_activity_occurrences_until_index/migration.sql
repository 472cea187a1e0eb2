-- CreateIndex
CREATE INDEX "Activity_occurrencesUntil_idx" ON "Activity"("occurrencesUntil");

