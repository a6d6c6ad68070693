<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <location filename="../charts/chartexport.cpp" line="+31"/>
        <source>Cannot export a chart as &quot;%1&quot;: use .png, .svg or .pdf.</source>
        <translation>Ein Diagramm kann nicht als &quot;%1&quot; exportiert werden: Verwenden Sie .png, .svg oder .pdf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not write %1: check that the folder exists and is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/main_gui.cpp" line="+34"/>
        <source>Quantization workbench for PyTorch models</source>
        <translation>Quantisierungs-Werkbank für PyTorch-Modelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TorchScript model to open.</source>
        <translation>Zu öffnendes TorchScript-Modell.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a screenshot of the window and quit.</source>
        <translation>Ein Bildschirmfoto des Fensters speichern und beenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Layer to select after opening.</source>
        <translation>Nach dem Öffnen auszuwählende Schicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experiments to select in the browser (ids: 3,5,7-9).</source>
        <translation>Im Browser auszuwählende Experimente (IDs: 3,5,7-9).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tab to show: inspector, experiments, compare or samples.</source>
        <translation>Anzuzeigender Reiter: inspector, experiments, compare oder samples.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Calibrate and show the activation histograms (Experiment &gt; Activation Histograms).</source>
        <translation>Kalibrieren und die Aktivierungshistogramme zeigen (Experiment &gt; Aktivierungshistogramme).</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Compare chart number (0-8).</source>
        <translation>Nummer des Vergleichsdiagramms (0-8).</translation>
    </message>
</context>
<context>
    <name>qb::ActivationChart</name>
    <message>
        <location filename="../charts/activationchart.cpp" line="+28"/>
        <source>calibration activations</source>
        <translation>Aktivierungen der Kalibrierung</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+35"/>
        <source>activation value</source>
        <translation>Aktivierungswert</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibrate to see this layer&apos;s activations (Experiment &gt; Activation Histograms)</source>
        <translation>Kalibrieren Sie, um die Aktivierungen dieser Schicht zu sehen (Experiment &gt; Aktivierungshistogramme)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1: output activations during calibration, and each observer&apos;s clip range</source>
        <translation>%1: Ausgabeaktivierungen während der Kalibrierung und der Clip-Bereich jedes Observers</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>min-max</source>
        <translation>Min-Max</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>percentile 99.99</source>
        <translation>Perzentil 99,99</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MSE</source>
        <translation>MSE</translation>
    </message>
</context>
<context>
    <name>qb::ChannelRangeChart</name>
    <message>
        <location filename="../charts/channelrangechart.cpp" line="+36"/>
        <source>channel max</source>
        <translation>Kanal-Maximum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>channel min</source>
        <translation>Kanal-Minimum</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>output channel</source>
        <translation>Ausgabekanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a layer with weights</source>
        <translation>Wählen Sie eine Schicht mit Gewichten</translation>
    </message>
</context>
<context>
    <name>qb::CompareView</name>
    <message>
        <location filename="../ui/compareview.cpp" line="+25"/>
        <source>Chart:</source>
        <translation>Diagramm:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export Chart…</source>
        <translation>Diagramm exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save this chart as PNG, SVG or PDF</source>
        <translation>Dieses Diagramm als PNG, SVG oder PDF speichern</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+8"/>
        <source>Export Chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
</context>
<context>
    <name>qb::ComparisonChart</name>
    <message>
        <location filename="../charts/comparisonchart.cpp" line="+29"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy against latency</source>
        <translation>Genauigkeit gegen Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy against size</source>
        <translation>Genauigkeit gegen Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-layer SQNR</source>
        <translation>SQNR pro Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latency distribution</source>
        <translation>Latenzverteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confusion matrix change</source>
        <translation>Änderung der Konfusionsmatrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer sensitivity</source>
        <translation>Sensitivität der Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaling with batch size and threads</source>
        <translation>Skalierung mit Batchgröße und Threads</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>None of the selected experiments has per-layer SQNR (float baselines and QAT runs do not).</source>
        <translation>Keines der ausgewählten Experimente hat SQNR-Werte pro Schicht (Float-Referenzen und QAT-Läufe haben keine).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>None of the selected experiments timed batch sizes and threads: run them with &quot;Scaling&quot; checked (quantbench-cli quantize --bench-runs N --scaling).</source>
        <translation>Keines der ausgewählten Experimente hat Batchgrößen und Threads gemessen: Führen Sie sie mit aktivierter „Skalierung“ aus (quantbench-cli quantize --bench-runs N --scaling).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>latency per run (ms): min, quartiles, max</source>
        <translation>Latenz pro Lauf (ms): Minimum, Quartile, Maximum</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No timed runs stored for the selected experiments.</source>
        <translation>Für die ausgewählten Experimente sind keine Zeitmessungen gespeichert.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select a sensitivity sweep (Experiment menu) in the Experiments tab.</source>
        <translation>Wählen Sie im Reiter Experimente einen Sensitivitätsdurchlauf (Menü Experiment).</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 lost with only this layer in int8 (points)</source>
        <translation>%1 verloren, wenn nur diese Schicht in int8 ist (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 regained with only this layer in float (points)</source>
        <translation>%1 zurückgewonnen, wenn nur diese Schicht in Float ist (Punkte)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>#%1: layer sensitivity (%2)</source>
        <translation>#%1: Sensitivität der Schichten (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each layer alone in int8</source>
        <translation>jede Schicht allein in int8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>each layer alone in float</source>
        <translation>jede Schicht allein in Float</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This sweep stored no scores.</source>
        <translation>Dieser Durchlauf hat keine Werte gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Select a quantized experiment evaluated on labelled data.</source>
        <translation>Wählen Sie ein quantisiertes Experiment, das auf gelabelten Daten evaluiert wurde.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>predicted class</source>
        <translation>vorhergesagte Klasse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>tatsächliche Klasse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#%1: quantized minus float predictions (red: more, blue: fewer)</source>
        <translation>#%1: quantisierte minus Float-Vorhersagen (rot: mehr, blau: weniger)</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Select finished experiments in the Experiments tab to compare them.</source>
        <translation>Wählen Sie im Reiter Experimente abgeschlossene Experimente aus, um sie zu vergleichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The selected experiments have no values for this chart.</source>
        <translation>Die ausgewählten Experimente haben keine Werte für dieses Diagramm.</translation>
    </message>
</context>
<context>
    <name>qb::Data</name>
    <message>
        <location filename="../core/data/batches.cpp" line="+113"/>
        <source>No %1 images (%2-images-idx3-ubyte[.gz]) in %3: point to an MNIST-style folder, or to an image folder with one subfolder of images per class.</source>
        <translation>Keine %1-Bilder (%2-images-idx3-ubyte[.gz]) in %3: Geben Sie einen Ordner im MNIST-Format an oder einen Bildordner mit einem Unterordner voller Bilder pro Klasse.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The images are %1 (%2 values each) but the model takes %3: pick data that fits the model or give its input shape with --input-shape.</source>
        <translation>Die Bilder sind %1 (je %2 Werte), aber das Modell erwartet %3: Wählen Sie passende Daten oder geben Sie seine Eingabeform mit --input-shape an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has %2 images but %3 has %4 labels: they must match one to one.</source>
        <translation>%1 hat %2 Bilder, aber %3 hat %4 Labels: Sie müssen einander eins zu eins entsprechen.</translation>
    </message>
    <message>
        <location filename="../core/data/tensorsource.cpp" line="+59"/>
        <source>%1 holds a tuple with something other than tensors: save tensors only, e.g. torch.save((inputs, labels)).</source>
        <translation>%1 enthält ein Tupel mit etwas anderem als Tensoren: Speichern Sie nur Tensoren, z. B. torch.save((inputs, labels)).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds a dict that is not of names to tensors: save {&quot;input_ids&quot;: tensor, ..., &quot;labels&quot;: tensor}.</source>
        <translation>%1 enthält ein Dict, das nicht Namen auf Tensoren abbildet: Speichern Sie {&quot;input_ids&quot;: tensor, ..., &quot;labels&quot;: tensor}.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no tensor for the input %2 (it holds %3): name each entry after forward()&apos;s argument.</source>
        <translation>%1 hat keinen Tensor für die Eingabe %2 (es enthält %3): Benennen Sie jeden Eintrag nach dem Argument von forward().</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#1</source>
        <translation>#1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 holds neither a tensor, nor a tuple or dict of tensors: save the data with torch.save(tensor), torch.save((inputs, labels)) or torch.save({&quot;input_ids&quot;: ..., &quot;labels&quot;: ...}).</source>
        <translation>%1 enthält weder einen Tensor noch ein Tupel oder Dict von Tensoren: Speichern Sie die Daten mit torch.save(tensor), torch.save((inputs, labels)) oder torch.save({&quot;input_ids&quot;: ..., &quot;labels&quot;: ...}).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is not a regular file (a folder, device or pipe): name a torch.save&apos;d tensor file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe): Geben Sie eine mit torch.save gespeicherte Tensordatei an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no data file at %1: check the path.</source>
        <translation>Unter %1 gibt es keine Datendatei: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, more than a tensor file QuantBench reads whole (%3): split it into a folder of smaller files.</source>
        <translation>%1 ist %2 groß, mehr als eine Tensordatei, die QuantBench ganz liest (%3): Teilen Sie sie in einen Ordner kleinerer Dateien auf.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is damaged (%2): save the data again with torch.save.</source>
        <translation>%1 ist beschädigt (%2): Speichern Sie die Daten erneut mit torch.save.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is damaged: %2. Save the data again with torch.save.</source>
        <translation>%1 ist beschädigt: %2. Speichern Sie die Daten erneut mit torch.save.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1 holds no .pt files: a tensor folder holds torch.save&apos;d files, read in name order.</source>
        <translation>%1 enthält keine .pt-Dateien: Ein Tensorordner enthält mit torch.save gespeicherte Dateien, die in Namensreihenfolge gelesen werden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds %2 input tensors where %3 held %4: every file of a folder holds the same inputs.</source>
        <translation>%1 enthält %2 Eingabetensoren, wo %3 %4 enthielt: Jede Datei eines Ordners enthält dieselben Eingaben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 holds inputs with different sample counts: every input needs one row per sample.</source>
        <translation>%1 enthält Eingaben mit unterschiedlicher Anzahl von Beispielen: Jede Eingabe braucht eine Zeile pro Beispiel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 has labels where other files of the folder have none, or the other way round.</source>
        <translation>%1 hat Labels, wo andere Dateien des Ordners keine haben, oder umgekehrt.</translation>
    </message>
    <message>
        <location filename="../core/data/csvsource.cpp" line="+207"/>
        <location filename="../core/data/tensorsource.cpp" line="-91"/>
        <source>%1 cannot be read (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location filename="../core/data/tensorsource.cpp" line="+27"/>
        <source>%1 is not a tensor file written by torch.save (%2).</source>
        <translation>%1 ist keine mit torch.save geschriebene Tensordatei (%2).</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1 has %2 inputs but %3 labels: they must match one to one.</source>
        <translation>%1 hat %2 Eingaben, aber %3 Labels: Sie müssen einander eins zu eins entsprechen.</translation>
    </message>
    <message>
        <location filename="../core/data/batches.cpp" line="+47"/>
        <source>&quot;%1&quot; gives %2 values, but the model&apos;s input (%3) has %4 channels: give one value for all channels, or one per channel.</source>
        <translation>&quot;%1&quot; gibt %2 Werte an, aber die Eingabe des Modells (%3) hat %4 Kanäle: Geben Sie einen Wert für alle Kanäle an oder einen pro Kanal.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;std&quot; must be above 0.</source>
        <translation>&quot;std&quot; muss größer als 0 sein.</translation>
    </message>
    <message>
        <location line="+33"/>
        <location filename="../core/data/csvsource.cpp" line="+16"/>
        <source>the input</source>
        <translation>die Eingabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 gives %2 floating-point values (%3), but %4 takes %5 values (token ids or a mask): save the ids as integers, e.g. torch.long.</source>
        <translation>%1 liefert %2 Gleitkommawerte (%3), aber %4 nimmt %5-Werte (Token-IDs oder eine Maske): Speichern Sie die IDs als Ganzzahlen, z. B. torch.long.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 gives %2 floating-point values, but %3 takes a bool mask.</source>
        <translation>%1 liefert %2 Gleitkommawerte, aber %3 nimmt eine bool-Maske.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 gives %2 samples shaped %3, but the model&apos;s %2 takes samples shaped %4 (%5 with the batch first): reshape the data, or give the input shape with --input-shape.</source>
        <translation>%1 liefert %2-Beispiele der Form %3, aber %2 des Modells nimmt Beispiele der Form %4 (%5 mit dem Batch zuerst): Formen Sie die Daten um oder geben Sie die Eingabeform mit --input-shape an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 gives %2 samples shaped %3, but the model&apos;s %2 takes %4 per sample: %5</source>
        <translation>%1 liefert %2-Beispiele der Form %3, aber %2 des Modells nimmt %4 pro Beispiel: %5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a mask must be as long as the tokens it masks.</source>
        <translation>Eine Maske muss so lang sein wie die Tokens, die sie maskiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reshape or pad the data, or give the input shape with --input-shape.</source>
        <translation>Formen Sie die Daten um oder füllen Sie sie auf, oder geben Sie die Eingabeform mit --input-shape an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 gives %2 the id %3, but the model&apos;s vocabulary has %4 ids (0-%5): tokenize with the model&apos;s own tokenizer.</source>
        <translation>%1 gibt %2 die ID %3, aber das Vokabular des Modells hat %4 IDs (0-%5): Tokenisieren Sie mit dem eigenen Tokenizer des Modells.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 gives %2 input tensor(s), but the model takes %3 (%4): give one tensor per input, e.g. a torch.save&apos;d dict by name.</source>
        <translation>%1 liefert %2 Eingabetensor(en), aber das Modell nimmt %3 (%4): Geben Sie einen Tensor pro Eingabe an, z. B. ein mit torch.save gespeichertes Dict nach Namen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has labels that are not one whole number per sample.</source>
        <translation>%1 hat Labels, die keine ganze Zahl pro Beispiel sind.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The batch size and the number of batches must be at least 1.</source>
        <translation>Die Batchgröße und die Anzahl der Batches müssen mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The model&apos;s input shape is unknown: give it with --input-shape (e.g. 1x1x28x28).</source>
        <translation>Die Eingabeform des Modells ist unbekannt: Geben Sie sie mit --input-shape an (z. B. 1x1x28x28).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 feeds one input, but the model takes %2 (%3): use a torch.save&apos;d tuple or dict of tensors, a folder of them, or a CSV file with a column header naming the inputs.</source>
        <translation>%1 speist eine Eingabe, aber das Modell nimmt %2 (%3): Verwenden Sie ein mit torch.save gespeichertes Tupel oder Dict von Tensoren, einen Ordner davon oder eine CSV-Datei mit einer Kopfzeile, die die Eingaben benennt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 holds no samples.</source>
        <translation>%1 enthält keine Beispiele.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+25"/>
        <location line="+92"/>
        <source>The data could not be read: %1</source>
        <translation>Die Daten konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-79"/>
        <source>The model returns one tensor, so there is no output %1 to compare.</source>
        <translation>Das Modell gibt einen Tensor zurück, also gibt es keine Ausgabe %1 zum Vergleichen.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The model&apos;s output holds no tensor to compare (it returns %1).</source>
        <translation>Die Ausgabe des Modells enthält keinen Tensor zum Vergleichen (es gibt %1 zurück).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The model returns %1 tensors; there is no output %2 (outputs are numbered from 0).</source>
        <translation>Das Modell gibt %1 Tensoren zurück; es gibt keine Ausgabe %2 (Ausgaben werden ab 0 gezählt).</translation>
    </message>
    <message>
        <location filename="../core/data/csvsource.cpp" line="-20"/>
        <source>There is no CSV file at %1: check the path.</source>
        <translation>Unter %1 gibt es keine CSV-Datei: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>%1: line %2 has %3 columns, the header has %4: every row needs the same columns (the features, then the label).</source>
        <translation>%1: Zeile %2 hat %3 Spalten, die Kopfzeile hat %4: Jede Zeile braucht dieselben Spalten (die Merkmale, dann das Label).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: line %2 has %3 columns, the first row has %4: every row needs the same columns (the features, then the label).</source>
        <translation>%1: Zeile %2 hat %3 Spalten, die erste Zeile hat %4: Jede Zeile braucht dieselben Spalten (die Merkmale, dann das Label).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has a header but no data rows: add one row per sample.</source>
        <translation>%1 hat eine Kopfzeile, aber keine Datenzeilen: Fügen Sie eine Zeile pro Beispiel hinzu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is empty: add one row per sample (the features, then the label).</source>
        <translation>%1 ist leer: Fügen Sie eine Zeile pro Beispiel hinzu (die Merkmale, dann das Label).</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 has %2 columns for %3 (%3_0 ...), but the model&apos;s %3 takes %4 values per sample (%5).</source>
        <translation>%1 hat %2 Spalten für %3 (%3_0 ...), aber %3 des Modells nimmt %4 Werte pro Beispiel (%5).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 has no columns for %2: name them %3_0, %3_1, ...</source>
        <translation>%1 hat keine Spalten für %2: Benennen Sie sie %3_0, %3_1, ...</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 has %2 columns, but the model takes %3 values per sample (%4): a row needs %3 feature columns and then the label column, so %5 in all.</source>
        <translation>%1 hat %2 Spalten, aber das Modell erwartet %3 Werte pro Beispiel (%4): Eine Zeile braucht %3 Merkmalsspalten und danach die Label-Spalte, also %5 insgesamt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a regular file (a folder, device or pipe): name a .csv file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, Gerät oder eine Pipe): Geben Sie eine .csv-Datei an.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: line %2, column %3 holds &quot;%4&quot;, which is not a whole number, but %5 takes %6 values (token ids or a mask): write whole numbers.</source>
        <translation>%1: Zeile %2, Spalte %3 enthält &quot;%4&quot;, keine ganze Zahl, aber %5 nimmt %6-Werte (Token-IDs oder eine Maske): Schreiben Sie ganze Zahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: line %2, column %3 holds &quot;%4&quot;, which is not a number, but %5 takes %6 values: every feature must be a number.</source>
        <translation>%1: Zeile %2, Spalte %3 enthält &quot;%4&quot;, keine Zahl, aber %5 nimmt %6-Werte: Jedes Merkmal muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 cannot be read at line %2 (%3).</source>
        <translation>%1 kann in Zeile %2 nicht gelesen werden (%3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 changed while it was being read (line %2 now has %3 columns): read it again.</source>
        <translation>%1 hat sich beim Lesen geändert (Zeile %2 hat jetzt %3 Spalten): Lesen Sie die Datei erneut ein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: line %2 has the label &quot;%3&quot; in its last column, which is not a class index: labels are whole numbers 0, 1, 2, ...</source>
        <translation>%1: Zeile %2 hat in der letzten Spalte das Label &quot;%3&quot;, das ist kein Klassenindex: Labels sind ganze Zahlen 0, 1, 2, …</translation>
    </message>
    <message>
        <location filename="../core/data/imagefoldersource.cpp" line="+72"/>
        <source>Image folders need a model that takes images, N x 1 x H x W (grayscale) or N x 3 x H x W (RGB), but this one takes %1: use another kind of data, or give the input shape with --input-shape.</source>
        <translation>Bildordner brauchen ein Modell, das Bilder erwartet, N x 1 x H x W (Graustufen) oder N x 3 x H x W (RGB), dieses erwartet aber %1: Verwenden Sie eine andere Art von Daten oder geben Sie die Eingabeform mit --input-shape an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no folder at %1: check the path.</source>
        <translation>Unter %1 gibt es keinen Ordner: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 holds images but no class subfolders: move each class&apos;s images into a subfolder named after the class (%1/&lt;class&gt;/&lt;image&gt;); classes in name order get labels 0, 1, ...</source>
        <translation>%1 enthält Bilder, aber keine Klassen-Unterordner: Verschieben Sie die Bilder jeder Klasse in einen nach ihr benannten Unterordner (%1/&lt;Klasse&gt;/&lt;Bild&gt;); Klassen erhalten in Namensreihenfolge die Labels 0, 1, …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds no class subfolders and no images: an image folder needs one subfolder of images per class (%1/&lt;class&gt;/&lt;image&gt;.png).</source>
        <translation>%1 enthält weder Klassen-Unterordner noch Bilder: Ein Bildordner braucht einen Unterordner mit Bildern pro Klasse (%1/&lt;Klasse&gt;/&lt;Bild&gt;.png).</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 has %2 class subfolders (%3) but no images in them: put the images (%4) in the class subfolders.</source>
        <translation>%1 hat %2 Klassen-Unterordner (%3), aber keine Bilder darin: Legen Sie die Bilder (%4) in die Klassen-Unterordner.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 is %2x%3 pixels, but the model takes %4x%5 images: resize the images to that size, or let QuantBench scale and centre-crop them (&quot;resize&quot;: true).</source>
        <translation>%1 hat %2x%3 Pixel, aber das Modell erwartet Bilder mit %4x%5: Skalieren Sie die Bilder auf diese Größe oder lassen Sie QuantBench sie skalieren und mittig zuschneiden (&quot;resize&quot;: true).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 cannot be read as an image (%2): replace or remove the file.</source>
        <translation>%1 kann nicht als Bild gelesen werden (%2): Ersetzen oder entfernen Sie die Datei.</translation>
    </message>
    <message>
        <location filename="../core/data/tokentask.cpp" line="+61"/>
        <source>Could not make the token task: %1</source>
        <translation>Die Token-Aufgabe konnte nicht erzeugt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Could not create %1: check the data folder is writable.</source>
        <translation>%1 konnte nicht angelegt werden: Prüfen Sie, ob der Datenordner beschreibbar ist.</translation>
    </message>
</context>
<context>
    <name>qb::DataPanel</name>
    <message>
        <location filename="../ui/datapanel.cpp" line="+47"/>
        <source>Fashion-MNIST, training split</source>
        <translation>Fashion-MNIST, Trainings-Split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST, test split</source>
        <translation>Fashion-MNIST, Test-Split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Synthetic random inputs</source>
        <translation>Synthetische Zufallseingaben</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>read from the archive</source>
        <translation>aus dem Archiv gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>given by you</source>
        <translation>von Ihnen angegeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>guessed from the first layer: check it</source>
        <translation>aus der ersten Schicht geraten: bitte prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>read off the data</source>
        <translation>aus den Daten abgelesen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Other folder…</source>
        <translation>Anderer Ordner…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other file (tensors, CSV, IDX)…</source>
        <translation>Andere Datei (Tensoren, CSV, IDX)…</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+17"/>
        <source> samples</source>
        <translation> Beispiele</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>random subset</source>
        <translation>zufällige Teilmenge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A seeded random choice of samples instead of the first ones (class-sorted folders need this)</source>
        <translation>Eine reproduzierbare Zufallsauswahl von Beispielen statt der ersten (nach Klassen sortierte Ordner brauchen das)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Calibration:</source>
        <translation>Kalibrierung:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Evaluation:</source>
        <translation>Evaluierung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Values</source>
        <translation>Werte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>no model</source>
        <translation>kein Modell</translation>
    </message>
    <message>
        <location line="-45"/>
        <source>override: 1x1x28x28, or input_ids:1x128:int64,attention_mask:1x128:int64</source>
        <translation>überschreiben: 1x1x28x28 oder input_ids:1x128:int64,attention_mask:1x128:int64</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Data file</source>
        <translation>Datendatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data (*.pt *.pth *.csv *-ubyte *-ubyte.gz);;All files (*)</source>
        <translation>Daten (*.pt *.pth *.csv *-ubyte *-ubyte.gz);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder (MNIST-style IDX, tensor files, or one subfolder of images per class)</source>
        <translation>Datenordner (IDX im MNIST-Stil, Tensordateien oder ein Unterordner mit Bildern je Klasse)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mask</source>
        <translation>Maske</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>token ids below %L1</source>
        <translation>Token-IDs unter %L1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>integers</source>
        <translation>ganze Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>real numbers</source>
        <translation>reelle Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>unknown: give the shape</source>
        <translation>unbekannt: Form angeben</translation>
    </message>
</context>
<context>
    <name>qb::DataSpec</name>
    <message>
        <location filename="../core/data/dataspec.cpp" line="+109"/>
        <source>&quot;%1&quot;: the split must be train or test.</source>
        <translation>&quot;%1&quot;: Der Split muss train oder test sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fashion-MNIST is not installed in %1: install Debian&apos;s dataset-fashion-mnist package, or name an MNIST-style folder.</source>
        <translation>Fashion-MNIST ist nicht in %1 installiert: Installieren Sie das Debian-Paket dataset-fashion-mnist oder geben Sie einen Ordner im MNIST-Format an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>There is no data at %1: name a file, an MNIST-style folder, an image folder, fashion-mnist or synthetic.</source>
        <translation>Unter %1 gibt es keine Daten: Geben Sie eine Datei, einen Ordner im MNIST-Format, einen Bildordner, fashion-mnist oder synthetic an.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Unknown key &quot;%1&quot; in a data description.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in einer Datenbeschreibung.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&quot;kind&quot; must be synthetic, tensor-file, tensor-folder, idx, image-folder or csv, not &quot;%1&quot;.</source>
        <translation>&quot;kind&quot; muss synthetic, tensor-file, tensor-folder, idx, image-folder oder csv sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;split&quot; must be train or test, not &quot;%1&quot;.</source>
        <translation>&quot;split&quot; muss train oder test sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;mean&quot; must be a number, or a list of numbers with one per channel.</source>
        <translation>&quot;mean&quot; muss eine Zahl sein oder eine Liste von Zahlen mit einer pro Kanal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;std&quot; must be a number, or a list of numbers with one per channel.</source>
        <translation>&quot;std&quot; muss eine Zahl sein oder eine Liste von Zahlen mit einer pro Kanal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; must be a whole number from 1 to %2.</source>
        <translation>„%1“ muss eine ganze Zahl von 1 bis %2 sein.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;seed&quot; must be a whole number.</source>
        <translation>&quot;seed&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;std&quot; must be above 0.</source>
        <translation>&quot;std&quot; muss größer als 0 sein.</translation>
    </message>
</context>
<context>
    <name>qb::Deployment</name>
    <message>
        <location filename="../core/eval/deployment.cpp" line="+40"/>
        <source>LibTorch could not finish optimizing the quantized model for inference, so it was timed as %1: %2</source>
        <translation>LibTorch konnte das quantisierte Modell nicht vollständig für die Inferenz optimieren, daher wurde es als %1 gemessen: %2</translation>
    </message>
</context>
<context>
    <name>qb::Environment</name>
    <message>
        <location filename="../core/env/environment.cpp" line="+101"/>
        <source>LibTorch is using the reference BLAS: float32 matrix products run about 25x slower than with an optimized BLAS, so every float baseline is slow and every speedup is inflated. Install libopenblas0-openmp.</source>
        <translation>LibTorch verwendet die Referenz-BLAS: float32-Matrixprodukte laufen etwa 25-mal langsamer als mit einer optimierten BLAS, daher ist jede Float-Referenz langsam und jede Beschleunigung überhöht. Installieren Sie libopenblas0-openmp.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The quantized engine &quot;%1&quot; is not in this LibTorch build; it has: %2.</source>
        <translation>Die quantisierte Engine &quot;%1&quot; ist in diesem LibTorch-Build nicht enthalten; vorhanden sind: %2.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The BLAS speed check failed: %1</source>
        <translation>Die BLAS-Geschwindigkeitsprüfung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This CPU has no VNNI instructions: int8 kernels gain less over float32 here.</source>
        <translation>Diese CPU hat keine VNNI-Befehle: int8-Kernel gewinnen hier weniger gegenüber float32.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QuantBench        %1
</source>
        <translation>QuantBench        %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LibTorch          %1 (Qt %2)
</source>
        <translation>LibTorch          %1 (Qt %2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantized engines %1 (current: %2)
</source>
        <translation>Quant.-Engines    %1 (aktuell: %2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CPU               %1
</source>
        <translation>CPU               %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8 ISA          %1
</source>
        <translation>int8-ISA          %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BLAS              %1, %2 GFLOP/s on a 256x256 matmul
</source>
        <translation>BLAS              %1, %2 GFLOP/s bei einer 256x256-Matrixmultiplikation
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>                  %1
</source>
        <translation>                  %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads           intra-op %1, inter-op %2
</source>
        <translation>Threads           intra-op %1, inter-op %2
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CUDA              %1 (%2 devices)
</source>
        <translation>CUDA              %1 (%2 Geräte)
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
</context>
<context>
    <name>qb::EnvironmentDialog</name>
    <message>
        <location filename="../ui/environmentdialog.cpp" line="+21"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Collecting…</source>
        <translation>Wird ermittelt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Copy as JSON</source>
        <translation>Als JSON kopieren</translation>
    </message>
</context>
<context>
    <name>qb::Experiment</name>
    <message>
        <location filename="../core/store/records.cpp" line="+71"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT</source>
        <translation>QAT</translation>
    </message>
</context>
<context>
    <name>qb::ExperimentBrowser</name>
    <message>
        <location filename="../ui/experimentbrowser.cpp" line="+39"/>
        <source>Filter by label or model</source>
        <translation>Nach Bezeichnung oder Modell filtern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Any mode</source>
        <translation>Jeder Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any engine</source>
        <translation>Jede Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Jede Art</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+119"/>
        <source>Re-run</source>
        <translation>Erneut ausführen</translation>
    </message>
    <message>
        <location line="-119"/>
        <source>Run the selected experiment&apos;s spec again</source>
        <translation>Die Spezifikation des ausgewählten Experiments erneut ausführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Saved Model</source>
        <translation>Gespeichertes Modell öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open the quantized model this experiment saved</source>
        <translation>Das quantisierte Modell öffnen, das dieses Experiment gespeichert hat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export Report…</source>
        <translation>Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>HTML, PDF, Markdown, CSV or JSON of the selected experiments (all when none is selected)</source>
        <translation>HTML, PDF, Markdown, CSV oder JSON der ausgewählten Experimente (aller, wenn keines ausgewählt ist)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep Status…</source>
        <translation>Sweep-Stand…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which items of a sweep file are done, running, failed or missing in this log</source>
        <translation>Welche Einträge einer Sweep-Datei in diesem Protokoll fertig, laufend, fehlgeschlagen oder fehlend sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete…</source>
        <translation>Löschen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove the selected experiments from the log</source>
        <translation>Die ausgewählten Experimente aus dem Protokoll entfernen</translation>
    </message>
    <message numerus="yes">
        <location line="+66"/>
        <source>%n experiment(s) shown of %1 in %2</source>
        <translation>
            <numerusform>%n Experiment von %1 in %2 angezeigt</numerusform>
            <numerusform>%n Experimente von %1 in %2 angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <source>Delete experiments</source>
        <translation>Experimente löschen</translation>
    </message>
    <message numerus="yes">
        <location line="-16"/>
        <source>Delete %n experiment(s) from the log? Their saved models stay on disk.</source>
        <translation>
            <numerusform>%n Experiment aus dem Protokoll löschen? Sein gespeichertes Modell bleibt auf der Festplatte.</numerusform>
            <numerusform>%n Experimente aus dem Protokoll löschen? Ihre gespeicherten Modelle bleiben auf der Festplatte.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>The stored spec cannot be run: %1</source>
        <translation>Die gespeicherte Spezifikation kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open saved model</source>
        <translation>Gespeichertes Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment %1 saved no model (it failed, was cancelled, or ran without an artifact folder).</source>
        <translation>Experiment %1 hat kein Modell gespeichert (es ist fehlgeschlagen, wurde abgebrochen oder lief ohne Artefaktordner).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The saved model %1 is no longer on disk.</source>
        <translation>Das gespeicherte Modell %1 ist nicht mehr auf der Festplatte.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+16"/>
        <location line="+11"/>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</source>
        <translation>HTML (*.html);;PDF (*.pdf);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Name the file with .html, .pdf, .md, .csv or .json.</source>
        <translation>Benennen Sie die Datei mit .html, .pdf, .md, .csv oder .json.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+8"/>
        <source>Sweep Status</source>
        <translation>Sweep-Stand</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Sweep files (*.json)</source>
        <translation>Sweep-Dateien (*.json)</translation>
    </message>
</context>
<context>
    <name>qb::ExperimentPanel</name>
    <message>
        <location filename="../ui/experimentpanel.cpp" line="+31"/>
        <source>custom</source>
        <translation>benutzerdefiniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 defaults</source>
        <translation>Standard von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PyTorch&apos;s default qconfig for an engine: its weight scheme and observer, and the engine itself</source>
        <translation>Die Standard-qconfig von PyTorch für eine Engine: ihr Gewichtsschema und Observer, und die Engine selbst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hybrid (static conv, dynamic Linear)</source>
        <translation>hybrid (Faltungen statisch, Linear dynamisch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT (100 steps)</source>
        <translation>QAT (100 Schritte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per-channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run experiment</source>
        <translation>Experiment starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+59"/>
        <source>Quantize, evaluate against the float model and record the result (Ctrl+R)</source>
        <translation>Quantisieren, gegen das Float-Modell evaluieren und das Ergebnis protokollieren (Strg+R)</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>The model&apos;s input shape is unknown</source>
        <translation>Die Eingabeform des Modells ist unbekannt</translation>
    </message>
</context>
<context>
    <name>qb::ExperimentRunner</name>
    <message>
        <location filename="../core/experiment/experimentrunner.cpp" line="+122"/>
        <source>opening the model</source>
        <translation>Modell wird geöffnet</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cancelled while quantizing.</source>
        <translation>Beim Quantisieren abgebrochen.</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>Cancelled before evaluation.</source>
        <translation>Vor der Evaluierung abgebrochen.</translation>
    </message>
    <message>
        <location line="+168"/>
        <source>evaluating</source>
        <translation>wird evaluiert</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>Cancelled before the benchmark.</source>
        <translation>Vor dem Benchmark abgebrochen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cancelled while measuring memory.</source>
        <translation>Beim Messen des Speichers abgebrochen.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>stage: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The original model holds half-precision weights, which this CPU cannot run: its outputs, accuracy and latency were computed in float32 from the same weights. Sizes compare with the half-precision file.</source>
        <translation>Das ursprüngliche Modell hat Gewichte halber Genauigkeit, die diese CPU nicht ausführen kann: Seine Ausgaben, Genauigkeit und Latenz wurden in float32 aus denselben Gewichten berechnet. Größen werden mit der Datei halber Genauigkeit verglichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Input shapes read off the data: %1</source>
        <translation>Eingabeformen aus den Daten gelesen: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>measuring each layer&apos;s error</source>
        <translation>Fehler jeder Schicht wird gemessen</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>benchmarking</source>
        <translation>Benchmark läuft</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Float baseline from %1: %2 ms (%3).</source>
        <translation>Float-Referenz aus %1: %2 ms (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The float baseline of %1 was timed at another batch size or thread count: this run times its own.</source>
        <translation>Die Float-Referenz von %1 wurde mit einer anderen Batchgröße oder Threadzahl gemessen: Dieser Lauf misst seine eigene.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Timing %1 failed: %2</source>
        <translation>Zeitmessung von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>timing batch sizes and thread counts</source>
        <translation>Batchgrößen und Threadzahlen werden gemessen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Timing %1 across batch sizes failed: %2</source>
        <translation>Die Messung von %1 über Batchgrößen ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>profiling operators</source>
        <translation>Operatoren werden profiliert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>saving the quantized model</source>
        <translation>quantisiertes Modell wird gespeichert</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>measuring memory in a separate process</source>
        <translation>Speicher wird in einem eigenen Prozess gemessen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Measuring memory failed: %1</source>
        <translation>Die Speichermessung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Could not time the float model: %1</source>
        <translation>Das Float-Modell konnte nicht gemessen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>open</source>
        <translation>öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quantize</source>
        <translation>quantisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-layer errors</source>
        <translation>Fehler pro Schicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>evaluate</source>
        <translation>auswerten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time</source>
        <translation>Zeit messen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile</source>
        <translation>profilieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>save</source>
        <translation>speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>store</source>
        <translation>protokollieren</translation>
    </message>
    <message>
        <location line="-419"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>qb::ExperimentSpec</name>
    <message>
        <location filename="../core/experiment/experimentspec.cpp" line="+27"/>
        <source>Unknown key &quot;%1&quot; in the experiment spec.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in der Experiment-Spezifikation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The experiment spec needs &quot;%1&quot;.</source>
        <translation>Die Experiment-Spezifikation braucht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a string.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a whole number from %2 to %3.</source>
        <translation>„%1“ muss eine ganze Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be a number from %2 to %3.</source>
        <translation>„%1“ muss eine Zahl von %2 bis %3 sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; must be an object.</source>
        <translation>&quot;%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>In &quot;%1&quot;: %2</source>
        <translation>In &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>must be a whole number written as a string, e.g. &quot;0&quot;.</source>
        <translation>muss eine als Zeichenkette geschriebene ganze Zahl sein, z. B. &quot;0&quot;.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>&quot;qat.optimizer&quot; must be adam or sgd.</source>
        <translation>&quot;qat.optimizer&quot; muss adam oder sgd sein.</translation>
    </message>
</context>
<context>
    <name>qb::ExperimentStore</name>
    <message>
        <location filename="../core/store/schema.cpp" line="+160"/>
        <source>another process has held the log locked for more than %1 s: wait for it to finish, or record into another log with --db</source>
        <translation>ein anderer Prozess hält das Protokoll seit mehr als %1 s gesperrt: Warten Sie, bis er fertig ist, oder zeichnen Sie mit --db in ein anderes Protokoll auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the log is on read-only storage or not writable by you: record into another log with --db</source>
        <translation>das Protokoll liegt auf schreibgeschütztem Speicher oder ist für Sie nicht beschreibbar: Zeichnen Sie mit --db in ein anderes Protokoll auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a read or write of the log failed (%1): the disk may be full or failing</source>
        <translation>ein Lese- oder Schreibzugriff auf das Protokoll schlug fehl (%1): Die Platte ist vielleicht voll oder defekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the disk holding the log is full: free some space and run again</source>
        <translation>die Platte mit dem Protokoll ist voll: Geben Sie Platz frei und starten Sie erneut</translation>
    </message>
    <message>
        <location filename="../core/store/experimentstore.cpp" line="+194"/>
        <source>%1 is a folder: name the experiment log file, e.g. experiments.sqlite.</source>
        <translation>%1 ist ein Ordner: Geben Sie die Datei des Experimentprotokolls an, z. B. experiments.sqlite.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file (a device, pipe or socket): name an experiment log file, e.g. experiments.sqlite.</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket): Geben Sie eine Experiment-Protokolldatei an, z. B. experiments.sqlite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1 for the experiment log.</source>
        <translation>Der Ordner %1 für das Experimentprotokoll kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The experiment log %1 is on read-only storage or not writable by you: runs cannot be recorded in it. Record into another log with --db, or make it writable; reports can still be exported from it.</source>
        <translation>Das Experiment-Protokoll %1 liegt auf schreibgeschütztem Speicher oder ist für Sie nicht beschreibbar: Läufe können darin nicht aufgezeichnet werden. Zeichnen Sie mit --db in ein anderes Protokoll auf oder machen Sie es beschreibbar; Berichte lassen sich weiterhin daraus exportieren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open the experiment log %1: %2</source>
        <translation>Das Experimentprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+65"/>
        <source>%1 is not a QuantBench experiment log (%2): choose another file with --db.</source>
        <translation>%1 ist kein QuantBench-Experimentprotokoll (%2): Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>There is no experiment log at %1: check the path given with --db.</source>
        <translation>Unter %1 gibt es kein Experiment-Protokoll: Prüfen Sie den mit --db angegebenen Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not an experiment log file (a folder, device or pipe): name the .sqlite file.</source>
        <translation>%1 ist keine Experiment-Protokolldatei (ein Ordner, Gerät oder eine Pipe): Geben Sie die .sqlite-Datei an.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 was written by a newer QuantBench (schema %2; this one knows up to %3): update QuantBench.</source>
        <translation>%1 wurde von einem neueren QuantBench geschrieben (Schema %2; dieses kennt bis %3): Aktualisieren Sie QuantBench.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was written by an older QuantBench (schema %2): open it once where it is writable, which upgrades it, then read it here.</source>
        <translation>%1 wurde von einem älteren QuantBench geschrieben (Schema %2): Öffnen Sie es einmal dort, wo es beschreibbar ist (das aktualisiert es), und lesen Sie es dann hier.</translation>
    </message>
    <message>
        <location line="+361"/>
        <location line="+53"/>
        <source>Could not read %1: %2</source>
        <translation>Konnte %1 nicht lesen: %2</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Could not copy the artifact %1 to %2: check that it exists and that %3 is writable.</source>
        <translation>Konnte das Artefakt %1 nicht nach %2 kopieren: prüfen Sie, dass es existiert und %3 beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 cannot be merged into itself: name another log as the target.</source>
        <translation>%1 kann nicht in sich selbst zusammengeführt werden: nennen Sie ein anderes Protokoll als Ziel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 was written by an older QuantBench and has no run ids, so merging could not tell what is already there: open it once with this QuantBench where it is writable (which upgrades it), then merge.</source>
        <translation>%1 wurde von einem älteren QuantBench geschrieben und hat keine Lauf-IDs, daher ließe sich beim Zusammenführen nicht erkennen, was schon vorhanden ist: öffnen Sie es einmal mit diesem QuantBench an einem beschreibbaren Ort (das aktualisiert es) und führen Sie dann zusammen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Could not read experiment %1 of %2: it may be locked by another process; merge again later (what was merged so far stays).</source>
        <translation>Experiment %1 von %2 ließ sich nicht lesen: ein anderer Prozess sperrt es vielleicht; führen Sie später erneut zusammen (was bisher zusammengeführt wurde, bleibt).</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Could not link the trials in %1: %2</source>
        <translation>Konnte die Versuche in %1 nicht verknüpfen: %2</translation>
    </message>
    <message>
        <location filename="../core/store/schema.cpp" line="+13"/>
        <source>%1 was written by a newer QuantBench (schema %2; this one knows up to %3): update QuantBench or use another log with --db.</source>
        <translation>%1 wurde von einem neueren QuantBench geschrieben (Schema %2; dieses kennt bis %3): Aktualisieren Sie QuantBench oder verwenden Sie mit --db ein anderes Protokoll.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cannot open %1 for writing: %2</source>
        <translation>%1 kann nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+7"/>
        <source>Cannot migrate %1 to schema %2: %3</source>
        <translation>%1 kann nicht auf Schema %2 migriert werden: %3</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1 has no table %2: it is not a QuantBench experiment log, or it was altered outside QuantBench. Choose another file with --db.</source>
        <translation>%1 hat keine Tabelle %2: Es ist kein QuantBench-Experiment-Protokoll oder wurde außerhalb von QuantBench verändert. Wählen Sie mit --db eine andere Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1&apos;s table %2 has no column %3: it was altered outside QuantBench. Choose another file with --db, or restore the log from a copy.</source>
        <translation>Die Tabelle %2 in %1 hat keine Spalte %3: Sie wurde außerhalb von QuantBench verändert. Wählen Sie mit --db eine andere Datei oder stellen Sie das Protokoll aus einer Kopie wieder her.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Its process (PID %1 on %2) ended before it finished: it was killed or crashed.</source>
        <translation>Sein Prozess (PID %1 auf %2) endete, bevor er fertig war: Er wurde beendet oder ist abgestürzt.</translation>
    </message>
    <message>
        <location filename="../core/store/experimentstore.cpp" line="-322"/>
        <location line="+9"/>
        <source>Could not store the experiment in %1: %2</source>
        <translation>Das Experiment konnte nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not update experiment %1 in %2: %3</source>
        <translation>Experiment %1 in %2 konnte nicht aktualisiert werden: %3</translation>
    </message>
    <message>
        <location filename="../core/store/serverstore.cpp" line="+81"/>
        <source>PostgreSQL at %1 refused the user %2: the password in PGPASSWORD or ~/.pgpass is missing or wrong (QuantBench never takes one on the command line).</source>
        <translation>PostgreSQL unter %1 hat den Benutzer %2 abgewiesen: das Passwort in PGPASSWORD oder ~/.pgpass fehlt oder ist falsch (QuantBench nimmt nie eines auf der Kommandozeile).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL at %1 has no database %2: create it (createdb %2) or name another in the URL.</source>
        <translation>PostgreSQL unter %1 hat keine Datenbank %2: legen Sie sie an (createdb %2) oder nennen Sie in der URL eine andere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>PostgreSQL at %1 has no user %2: create the role, or name another user in the URL.</source>
        <translation>PostgreSQL unter %1 hat keinen Benutzer %2: legen Sie die Rolle an oder nennen Sie in der URL einen anderen Benutzer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot reach PostgreSQL at %1 (%2): check that the server runs and accepts connections there, and the host and port in the URL.</source>
        <translation>PostgreSQL unter %1 ist nicht erreichbar (%2): prüfen Sie, dass der Server läuft und dort Verbindungen annimmt, sowie Host und Port in der URL.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not a PostgreSQL log URL: write postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine PostgreSQL-Protokoll-URL: schreiben Sie postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The URL %1 holds a password: leave it out (it would be visible to every user of this machine) and put it in PGPASSWORD or ~/.pgpass.</source>
        <translation>Die URL %1 enthält ein Passwort: lassen Sie es weg (es wäre für jeden Benutzer dieses Rechners sichtbar) und legen Sie es in PGPASSWORD oder ~/.pgpass ab.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This QuantBench cannot reach PostgreSQL: Qt&apos;s PostgreSQL driver is missing. Install Debian&apos;s libqt6sql6-psql.</source>
        <translation>Dieses QuantBench erreicht PostgreSQL nicht: der PostgreSQL-Treiber von Qt fehlt. Installieren Sie Debians libqt6sql6-psql.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The database %1 holds no QuantBench experiment log: open it once for writing (a run, or merge into it), which creates one.</source>
        <translation>Die Datenbank %1 enthält kein QuantBench-Experimentprotokoll: öffnen Sie sie einmal zum Schreiben (ein Lauf oder ein Zusammenführen hinein), das legt eines an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log %1 was written by a newer QuantBench (schema %2; this one knows up to %3): update QuantBench, or use another database.</source>
        <translation>Das Protokoll %1 wurde von einem neueren QuantBench geschrieben (Schema %2; dieses kennt bis %3): aktualisieren Sie QuantBench oder verwenden Sie eine andere Datenbank.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the experiment log in %1 (%2): %3</source>
        <translation>Das Experimentprotokoll in %1 lässt sich nicht anlegen (%2): %3</translation>
    </message>
</context>
<context>
    <name>qb::ExperimentTableModel</name>
    <message>
        <location filename="../ui/experimenttablemodel.cpp" line="+214"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size against the float model&apos;s file</source>
        <translation>Größe im Verhältnis zur Datei des Float-Modells</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size ratio</source>
        <translation>Größenverhältnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Median latency in milliseconds</source>
        <translation>Median der Latenz in Millisekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90th percentile latency in milliseconds</source>
        <translation>90. Perzentil der Latenz in Millisekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>p90 ms</source>
        <translation>p90 ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the faster float form (as loaded or optimized)</source>
        <translation>Gegenüber der schnelleren Float-Form (wie geladen oder optimiert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change against float, in points</source>
        <translation>Änderung gegenüber Float, in Prozentpunkten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of predictions equal to the float model&apos;s</source>
        <translation>Anteil der Vorhersagen, die denen des Float-Modells gleichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agreement %</source>
        <translation>Übereinstimmung %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output signal-to-quantization-noise ratio</source>
        <translation>Signal-Quantisierungsrausch-Verhältnis der Ausgabe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQNR dB</source>
        <translation>SQNR dB</translation>
    </message>
</context>
<context>
    <name>qb::Files</name>
    <message>
        <location filename="../core/util/fileutil.cpp" line="+61"/>
        <source>There is no file at %1: check the path.</source>
        <translation>Unter %1 gibt es keine Datei: Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a regular file (a folder, device or pipe): name a JSON file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, ein Gerät oder eine Pipe): Geben Sie eine JSON-Datei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is %2, too large for a JSON spec or config (at most %3): check that it is the right file.</source>
        <translation>%1 ist %2 groß, zu groß für eine JSON-Spezifikation oder -Konfiguration (höchstens %3): Prüfen Sie, ob es die richtige Datei ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (%2): check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2): Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is larger than %2, too large for a JSON spec or config.</source>
        <translation>%1 ist größer als %2, zu groß für eine JSON-Spezifikation oder -Konfiguration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not valid JSON (%2 at offset %3): fix the file.</source>
        <translation>%1 ist kein gültiges JSON (%2 bei Position %3): Korrigieren Sie die Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 holds a JSON %2, not an object: a spec or config is an object, {&quot;model&quot;: ...}.</source>
        <translation>%1 enthält einen JSON-%2, kein Objekt: Eine Spezifikation oder Konfiguration ist ein Objekt, {&quot;model&quot;: ...}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not write %1 (%2): check the folder exists, is writable and has space.</source>
        <translation>%1 konnte nicht geschrieben werden (%2): Prüfen Sie, ob der Ordner existiert, beschreibbar ist und Platz hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>only %1 of %2 bytes reached the disk</source>
        <translation>nur %1 von %2 Bytes erreichten die Platte</translation>
    </message>
</context>
<context>
    <name>qb::Idx</name>
    <message>
        <location filename="../core/data/idxfile.cpp" line="+102"/>
        <source>Cannot read %1 (%2): check the path.</source>
        <translation>%1 kann nicht gelesen werden (%2): Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>%1 is not a regular file (a folder, device or pipe): name an IDX file.</source>
        <translation>%1 ist keine reguläre Datei (ein Ordner, Gerät oder eine Pipe): Geben Sie eine IDX-Datei an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is %2, more than half of this machine&apos;s memory: use a smaller subset of the data.</source>
        <translation>%1 ist %2 groß, mehr als die Hälfte des Speichers dieses Rechners: Verwenden Sie eine kleinere Teilmenge der Daten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is a damaged gzip file, or unpacks to more than half of this machine&apos;s memory: download or copy it again, or use a smaller subset.</source>
        <translation>%1 ist eine beschädigte gzip-Datei oder entpackt sich auf mehr als die Hälfte des Speichers dieses Rechners: Laden oder kopieren Sie sie erneut oder verwenden Sie eine kleinere Teilmenge.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot read %1 (%2).</source>
        <translation>%1 kann nicht gelesen werden (%2).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not an IDX file (wrong magic number): use MNIST-style *-idx3-ubyte / *-idx1-ubyte files.</source>
        <translation>%1 ist keine IDX-Datei (falsche magische Zahl): Verwenden Sie Dateien im MNIST-Format *-idx3-ubyte / *-idx1-ubyte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 stores IDX type 0x%2; only unsigned bytes (0x08), as in MNIST, are supported.</source>
        <translation>%1 speichert den IDX-Typ 0x%2; unterstützt werden nur vorzeichenlose Bytes (0x08) wie in MNIST.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is truncated: its header is incomplete.</source>
        <translation>%1 ist abgeschnitten: Sein Kopf ist unvollständig.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 is truncated or damaged: its header promises more data (%2) than the file holds (%3 bytes). Download or copy it again.</source>
        <translation>%1 ist abgeschnitten oder beschädigt: Sein Kopf verspricht mehr Daten (%2), als die Datei enthält (%3 Bytes). Laden oder kopieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is truncated: its header promises %2 bytes of data but only %3 are there. Download or copy it again.</source>
        <translation>%1 ist abgeschnitten: Sein Kopf verspricht %2 Bytes Daten, es sind aber nur %3 vorhanden. Laden oder kopieren Sie die Datei erneut.</translation>
    </message>
</context>
<context>
    <name>qb::InputSpec</name>
    <message>
        <location filename="../core/model/inputspec.cpp" line="+27"/>
        <location line="+132"/>
        <source>The input shape is empty: write it like 1x1x28x28 (batch first).</source>
        <translation>Die Eingabeform ist leer: Schreiben Sie sie wie 1x1x28x28 (Batch zuerst).</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>The input shape &quot;%1&quot; has &quot;%2&quot;, which is not a positive whole number: write it like 1x1x28x28, or name each input: input_ids:1x128:int64,attention_mask:1x128:int64.</source>
        <translation>Die Eingabeform &quot;%1&quot; enthält &quot;%2&quot;, das ist keine positive ganze Zahl: Schreiben Sie sie wie 1x1x28x28 oder benennen Sie jede Eingabe: input_ids:1x128:int64,attention_mask:1x128:int64.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>&quot;%1&quot; in the input shape is not name:shape or name:shape:dtype, e.g. input_ids:1x128:int64.</source>
        <translation>&quot;%1&quot; in der Eingabeform ist nicht name:form oder name:form:dtype, z. B. input_ids:1x128:int64.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write the shape of %1 with x between dimensions, e.g. 1x128.</source>
        <translation>Schreiben Sie die Form von %1 mit x zwischen den Dimensionen, z. B. 1x128.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has the dtype &quot;%2&quot;; use float32, int64, int32 or bool.</source>
        <translation>%1 hat den dtype &quot;%2&quot;; verwenden Sie float32, int64, int32 oder bool.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The input %1 is named twice in the input shape.</source>
        <translation>Die Eingabe %1 ist in der Eingabeform zweimal genannt.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>quantbench.json: &quot;input.shape&quot; must be a list of positive whole numbers.</source>
        <translation>quantbench.json: &quot;input.shape&quot; muss eine Liste positiver ganzer Zahlen sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantbench.json: &quot;input.shape&quot; is missing or empty.</source>
        <translation>quantbench.json: &quot;input.shape&quot; fehlt oder ist leer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantbench.json: the input dtype &quot;%1&quot; is not one QuantBench can feed.</source>
        <translation>quantbench.json: Der Eingabe-dtype &quot;%1&quot; ist keiner, den QuantBench einspeisen kann.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>quantbench.json: &quot;inputs&quot; is empty.</source>
        <translation>quantbench.json: &quot;inputs&quot; ist leer.</translation>
    </message>
</context>
<context>
    <name>qb::Job</name>
    <message>
        <location filename="../core/jobs/job.cpp" line="+129"/>
        <source>started: %1</source>
        <translation>gestartet: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an unknown error stopped the job</source>
        <translation>ein unbekannter Fehler hat den Job angehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
</context>
<context>
    <name>qb::Jobs</name>
    <message>
        <location filename="../core/jobs/analysisjobs.cpp" line="+11"/>
        <source>sensitivity (%1)</source>
        <translation>Sensitivität (%1)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>most sensitive: %1 (%2 layers ranked in %3 s)</source>
        <translation>am sensitivsten: %1 (%2 Schichten in %3 s eingestuft)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>activation histograms</source>
        <translation>Aktivierungshistogramme</translation>
    </message>
    <message numerus="yes">
        <location line="+37"/>
        <source>histograms of %n layer(s): see the inspector</source>
        <translation>
            <numerusform>Histogramme von %n Schicht: siehe Inspektor</numerusform>
            <numerusform>Histogramme von %n Schichten: siehe Inspektor</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>search: %1</source>
        <translation>Suche: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>trial %1: float %2, %3</source>
        <translation>Versuch %1: Float %2, %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+11"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>within budget</source>
        <translation>im Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outside budget</source>
        <translation>außerhalb des Budgets</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no trial finished</source>
        <translation>kein Versuch abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>best: experiment %1, float layers: %2 (%3 trials)</source>
        <translation>bestes: Experiment %1, Float-Schichten: %2 (%3 Versuche)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no trial met the budget; closest: experiment %1, %2 points short</source>
        <translation>kein Versuch hat das Budget eingehalten; am nächsten: Experiment %1, %2 Punkte zu wenig</translation>
    </message>
    <message>
        <location filename="../core/jobs/experimentjob.cpp" line="+18"/>
        <source>accuracy %1% (%2)</source>
        <translation>Genauigkeit %1% (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SQNR %1 dB</source>
        <translation>SQNR %1 dB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1x vs float</source>
        <translation>%1x gegenüber Float</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
</context>
<context>
    <name>qb::JobsView</name>
    <message>
        <location filename="../ui/jobsview.cpp" line="+34"/>
        <source>queued</source>
        <translation>in Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finished</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Job</source>
        <translation>Job</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Elapsed</source>
        <translation>Verstrichen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cancel job</source>
        <translation>Job abbrechen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: QAT loss and batch accuracy</source>
        <translation>%1: QAT-Verlust und Batch-Genauigkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Select a QAT job to see its training curves</source>
        <translation>Wählen Sie einen QAT-Job, um seine Trainingskurven zu sehen</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Cancel this job (it stops within one batch)</source>
        <translation>Diesen Job abbrechen (er hält innerhalb eines Batches an)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>cancelling…</source>
        <translation>wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 s, ~%2 s left</source>
        <translation>%1 s, noch ~%2 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>qb::Latency</name>
    <message>
        <location filename="../core/eval/latency.cpp" line="+32"/>
        <source>The model&apos;s input shape is unknown: give it in the Data dock&apos;s Input field or with --input-shape.</source>
        <translation>Die Eingabeform des Modells ist unbekannt: Geben Sie sie im Feld „Eingabe“ des Bereichs „Daten“ oder mit --input-shape an.</translation>
    </message>
    <message>
        <location line="+152"/>
        <source>Could not load the saved quantized model back: %1</source>
        <translation>Das gespeicherte quantisierte Modell konnte nicht wieder geladen werden: %1</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Batches above %1 were left out: a forward at %1 already takes %2 ms.</source>
        <translation>Batches über %1 wurden ausgelassen: Ein Vorwärtslauf bei %1 dauert bereits %2 ms.</translation>
    </message>
</context>
<context>
    <name>qb::LayerInspector</name>
    <message>
        <location filename="../ui/layerinspector.cpp" line="+48"/>
        <source>Tensor</source>
        <translation>Tensor</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shape</source>
        <translation>Form</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dtype</source>
        <translation>Dtype</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Min</source>
        <translation>Min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max</source>
        <translation>Max</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Std</source>
        <translation>Std.-Abw.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Weights per channel</source>
        <translation>Gewichte pro Kanal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Weight histogram</source>
        <translation>Gewichtshistogramm</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Activations</source>
        <translation>Aktivierungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+112"/>
        <source>%1: per-channel range</source>
        <translation>%1: Wertebereich pro Kanal</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>%1 has no spread of values to show</source>
        <translation>%1 hat keine Streuung von Werten, die sich zeigen ließe</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: values (%2 bins)</source>
        <translation>%1: Werte (%2 Klassen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Calibrate to see this layer&apos;s activations (Experiment &gt; Activation Histograms)</source>
        <translation>Kalibrieren Sie, um die Aktivierungen dieser Schicht zu sehen (Experiment &gt; Aktivierungshistogramme)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No observed output for this layer: select a quantizable layer (with a fused ReLU, the histogram is after it)</source>
        <translation>Für diese Schicht wurde keine Ausgabe beobachtet: Wählen Sie eine quantisierbare Schicht (bei einer fusionierten ReLU liegt das Histogramm dahinter)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No layer selected</source>
        <translation>Keine Schicht ausgewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a TorchScript model (File &gt; Open) and pick a layer in the Layers tree.</source>
        <translation>Öffnen Sie ein TorchScript-Modell (Datei &gt; Modell öffnen) und wählen Sie eine Schicht im Schichtenbaum.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>This layer has no tensors of its own</source>
        <translation>Diese Schicht hat keine eigenen Tensoren</translation>
    </message>
    <message>
        <location line="-133"/>
        <location line="+79"/>
        <source>Select a layer with weights</source>
        <translation>Wählen Sie eine Schicht mit Gewichten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (the whole model)</source>
        <translation>%1 (das ganze Modell)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>
Parameters: %1 (%2 own), size %3</source>
        <translation>
Parameter: %1 (%2 eigene), Größe %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>
Quantization: %1</source>
        <translation>
Quantisierung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>
Quantization: not quantized by itself</source>
        <translation>
Quantisierung: wird nicht für sich quantisiert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This layer has no weights of its own</source>
        <translation>Diese Schicht hat keine eigenen Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Computing statistics…</source>
        <translation>Statistik wird berechnet…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No per-channel weights in this layer</source>
        <translation>Keine Gewichte pro Kanal in dieser Schicht</translation>
    </message>
</context>
<context>
    <name>qb::LayerKind</name>
    <message>
        <location filename="../core/model/layerkind.cpp" line="+44"/>
        <source>Custom module: runs as float unless its children can be quantized</source>
        <translation>Eigenes Modul: läuft in Float, sofern nicht seine Kinder quantisiert werden können</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Folded into the convolution before it</source>
        <translation>In die vorangehende Faltung eingerechnet</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Attention output projection: PyTorch&apos;s dynamic quantization skips it; QuantBench quantizes it in the frozen graph</source>
        <translation>Ausgabeprojektion der Attention: PyTorchs dynamische Quantisierung überspringt sie; QuantBench quantisiert sie im eingefrorenen Graphen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Attention: its input projection is a bare weight that QuantBench quantizes dynamically; the output projection is its child out_proj</source>
        <translation>Attention: Ihre Eingangsprojektion ist ein bloßes Gewicht, das QuantBench dynamisch quantisiert; die Ausgabeprojektion ist ihr Kind out_proj</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Quantized by the static pass (quantized::layer_norm, group_norm, instance_norm, batch_norm); float under dynamic</source>
        <translation>Vom statischen Durchlauf quantisiert (quantized::layer_norm, group_norm, instance_norm, batch_norm); bei dynamischer Quantisierung Float</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fused with or quantized alongside the layer before it</source>
        <translation>Mit der vorangehenden Schicht verschmolzen oder mit ihr quantisiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibTorch&apos;s passes have no quantized kernel for it: it runs in float between a dequantize and a quantize</source>
        <translation>LibTorchs Durchläufe haben keinen quantisierten Kernel dafür: Sie läuft in Float zwischen einem Dequantize und einem Quantize</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Works on quantized tensors as it is</source>
        <translation>Arbeitet unverändert auf quantisierten Tensoren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantized through its children</source>
        <translation>Wird über seine Kinder quantisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No quantized kernel for this PyTorch layer type: it stays float</source>
        <translation>Kein quantisierter Kernel für diesen PyTorch-Schichttyp: sie bleibt in Float</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT</source>
        <translation>QAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight-only</source>
        <translation>nur Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folded</source>
        <translation>eingerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fused</source>
        <translation>verschmolzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>passthrough</source>
        <translation>durchgereicht</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>qb::LayerTreeModel</name>
    <message>
        <location filename="../ui/layertreemodel.cpp" line="+85"/>
        <location line="+275"/>
        <source>float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT</source>
        <translation>QAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight-only</source>
        <translation>nur Gewichte</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>per-channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-tensor</source>
        <translation>pro Tensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-channel affine</source>
        <translation>pro Kanal, affin</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-tensor affine</source>
        <translation>pro Tensor, affin</translation>
    </message>
    <message>
        <location line="+71"/>
        <location line="+39"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>float (cannot be %1)</source>
        <translation>Float (%1 nicht möglich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen for this layer: %1.</source>
        <translation>Für diese Schicht gewählt: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows the experiment bar: %1.</source>
        <translation>Folgt der Experimentleiste: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This layer stays float: %1.</source>
        <translation>Diese Schicht bleibt in Float: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <location line="+29"/>
        <source>Double-click to change; &quot;default&quot; follows the experiment bar.</source>
        <translation>Doppelklick zum Ändern; „Standard“ folgt der Experimentleiste.</translation>
    </message>
    <message>
        <location line="-107"/>
        <location line="+57"/>
        <location line="+26"/>
        <location line="+33"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="-126"/>
        <location line="+11"/>
        <source>4-bit rows</source>
        <translation>4-Bit-Zeilen</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+10"/>
        <source>8-bit rows</source>
        <translation>8-Bit-Zeilen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Each row of the table is packed to %1 with its own float scale and offset.
Double-click to change.</source>
        <translation>Jede Zeile der Tabelle wird zu %1 gepackt, mit eigenem Float-Skalenfaktor und Versatz.
Zum Ändern doppelklicken.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Embeddings are quantized weight-only, with int8 or int4 rows and float lookups.</source>
        <translation>Embeddings werden nur in den Gewichten quantisiert, mit int8- oder int4-Zeilen und Float-Abfragen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not used: this layer&apos;s activations are not calibrated (%1).</source>
        <translation>Nicht verwendet: Die Aktivierungen dieser Schicht werden nicht kalibriert (%1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How this layer&apos;s activation range is chosen: %1.</source>
        <translation>So wird der Aktivierungsbereich dieser Schicht gewählt: %1.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Not used: this layer stays float.</source>
        <translation>Nicht verwendet: Diese Schicht bleibt in Float.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This layer&apos;s weight scheme: %1.</source>
        <translation>Gewichtsschema dieser Schicht: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Its own setting (%1) is not used: %2.</source>
        <translation>Die eigene Einstellung (%1) wird nicht verwendet: %2.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>float: %1</source>
        <translation>Float: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the converted graph of experiment %1, %2 runs in float on dequantized tensors.</source>
        <translation>Im konvertierten Graphen von Experiment %1 läuft %2 in Float auf dequantisierten Tensoren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folded</source>
        <translation>eingerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folded into the convolution before it.</source>
        <translation>In die vorangehende Faltung eingerechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>quantized</source>
        <translation>quantisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No float operation of this layer remains in the converted graph of experiment %1.</source>
        <translation>Im konvertierten Graphen von Experiment %1 bleibt keine Float-Operation dieser Schicht.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment %1 quantized dynamically: activations stay float.</source>
        <translation>Experiment %1 wurde dynamisch quantisiert: Aktivierungen bleiben Float.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>%1 · %2 dB · weights %3 dB</source>
        <translation>%1 · %2 dB · Gewichte %3 dB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 dB</source>
        <translation>%1 · %2 dB</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experiment %1: %2</source>
        <translation>Experiment %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation SQNR %1 dB</source>
        <translation>Aktivierungs-SQNR %1 dB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weight SQNR %1 dB, relative error %2%</source>
        <translation>Gewichts-SQNR %1 dB, relativer Fehler %2%</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>#%1 · %2%</source>
        <translation>#%1 · %2%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sensitivity rank %1 of %2 (sweep %3): the model scores %4% with this layer switched, SQNR %5 dB</source>
        <translation>Sensitivitätsrang %1 von %2 (Durchlauf %3): Das Modell erreicht %4% mit umgeschalteter Schicht, SQNR %5 dB</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 (model)</source>
        <translation>%1 (Modell)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(model)</source>
        <translation>(Modell)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantizable</source>
        <translation>Quantisierbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Observer</source>
        <translation>Observer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Result (#%1)</source>
        <translation>Ergebnis (#%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sensitivity (#%1)</source>
        <translation>Sensitivität (#%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sensitivity</source>
        <translation>Sensitivität</translation>
    </message>
</context>
<context>
    <name>qb::Limits</name>
    <message>
        <location filename="../core/util/limits.cpp" line="+22"/>
        <source>%1 takes a whole number from %2 to %3, not %4: %5</source>
        <translation>%1 nimmt eine ganze Zahl von %2 bis %3, nicht %4: %5</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>more threads than that only add scheduling overhead</source>
        <translation>mehr Threads erhöhen nur den Verwaltungsaufwand</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>a median of more runs is no more precise, and takes hours</source>
        <translation>ein Median über mehr Läufe ist nicht genauer und dauert Stunden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>split larger sets into more batches</source>
        <translation>teilen Sie größere Mengen in mehr Batches auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>fine-tuning for longer belongs in a training script</source>
        <translation>längeres Feinabstimmen gehört in ein Trainingsskript</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A batch of %1 samples shaped %2 needs %3 for its inputs alone, more than half of this machine&apos;s %4: use a smaller batch or input shape.</source>
        <translation>Ein Batch aus %1 Beispielen der Form %2 braucht allein für seine Eingaben %3, mehr als die Hälfte der %4 dieses Rechners: Verwenden Sie einen kleineren Batch oder eine kleinere Eingabeform.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more than an exabyte</source>
        <translation>mehr als ein Exabyte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 takes a share: 0.99, 99 or 99% (all mean 99%), between 0 and 100%; &quot;%2&quot; is not one.</source>
        <translation>%1 nimmt einen Anteil: 0.99, 99 oder 99% (alle bedeuten 99 %), zwischen 0 und 100 %; „%2“ ist keiner.</translation>
    </message>
</context>
<context>
    <name>qb::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+70"/>
        <source>QuantBench</source>
        <translation>QuantBench</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Inspector</source>
        <translation>Inspektor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Jobs</source>
        <translation>Jobs</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2 %3</source>
        <translation>%1: %2 %3</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done,</source>
        <translation>fertig,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ended:</source>
        <translation>beendet:</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="-105"/>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot open the experiment log: %1</source>
        <translation>Das Experimentprotokoll kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The experiment log %1 is read-only: its experiments can be browsed and reported, but new runs cannot be stored in it (File &gt; Settings chooses another log).</source>
        <translation>Das Experiment-Protokoll %1 ist schreibgeschützt: Seine Experimente lassen sich ansehen und berichten, aber neue Läufe können darin nicht gespeichert werden (Datei &gt; Einstellungen wählt ein anderes Protokoll).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Report of %n experiment(s) written to %1</source>
        <translation>
            <numerusform>Bericht über %n Experiment nach %1 geschrieben</numerusform>
            <numerusform>Bericht über %n Experimente nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <location line="+59"/>
        <location line="+7"/>
        <location line="+6"/>
        <source>Open Shared Log</source>
        <translation>Gemeinsames Protokoll öffnen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>PostgreSQL log, as postgresql://USER@HOST:PORT/DATABASE.
The password comes from PGPASSWORD or ~/.pgpass; QuantBench never stores one.</source>
        <translation>PostgreSQL-Protokoll, als postgresql://BENUTZER@HOST:PORT/DATENBANK.
Das Passwort kommt aus PGPASSWORD oder ~/.pgpass; QuantBench speichert nie eines.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the log as postgresql://USER@HOST:PORT/DATABASE; for a log file use Settings.</source>
        <translation>Schreiben Sie das Protokoll als postgresql://BENUTZER@HOST:PORT/DATENBANK; für eine Protokolldatei verwenden Sie die Einstellungen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recording into the shared log %1</source>
        <translation>Aufzeichnung in das gemeinsame Protokoll %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Open Model…</source>
        <translation>Modell ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot open the experiment log %1: %2</source>
        <translation>Das Experimentprotokoll %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open Shared &amp;Log…</source>
        <translation>Gemeinsames &amp;Protokoll öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record into and browse an experiment log on a PostgreSQL server</source>
        <translation>In ein Experimentprotokoll auf einem PostgreSQL-Server aufzeichnen und darin blättern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Experiment</source>
        <translation>&amp;Experiment</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run Experiment</source>
        <translation>Experiment &amp;starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize with the experiment bar&apos;s settings, evaluate and record (Ctrl+R on the bar)</source>
        <translation>Mit den Einstellungen der Experimentleiste quantisieren, evaluieren und protokollieren (Strg+R in der Leiste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sensitivity: Each Layer Alone in Int8</source>
        <translation>Sensitivität: Jede Schicht allein in &amp;Int8</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sensitivity: Each Layer Alone in &amp;Float</source>
        <translation>Sensitivität: Jede Schicht allein in &amp;Float</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search for an &amp;Accuracy Budget…</source>
        <translation>Nach einem &amp;Genauigkeitsbudget suchen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Activation &amp;Histograms</source>
        <translation>Aktivierungs&amp;histogramme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calibrate once and show each layer&apos;s activations with the clip range of each observer</source>
        <translation>Einmal kalibrieren und die Aktivierungen jeder Schicht mit dem Clip-Bereich jedes Observers zeigen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Environment…</source>
        <translation>&amp;Umgebung…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About QuantBench</source>
        <translation>Ü&amp;ber QuantBench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About QuantBench</source>
        <translation>Über QuantBench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;QuantBench %1&lt;/b&gt;&lt;p&gt;A workbench for quantization experiments on PyTorch models, built on Qt, LibTorch, QCustomPlot and SQLite.&lt;/p&gt;</source>
        <translation>&lt;b&gt;QuantBench %1&lt;/b&gt;&lt;p&gt;Eine Werkbank für Quantisierungsexperimente mit PyTorch-Modellen, basierend auf Qt, LibTorch, QCustomPlot und SQLite.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Filter layers by name or type</source>
        <translation>Schichten nach Name oder Typ filtern</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No model</source>
        <translation>Kein Modell</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening…</source>
        <translation>Wird geöffnet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop opening the model and keep the current one (Esc)</source>
        <translation>Das Öffnen des Modells abbrechen und das aktuelle behalten (Esc)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Opening cancelled.</source>
        <translation>Öffnen abgebrochen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Engine:</source>
        <translation>Engine:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantized engine (kernels) used to run int8 models</source>
        <translation>Quantisierte Engine (Kernel), mit der int8-Modelle laufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>LibTorch intra-op threads for runs and benchmarks</source>
        <translation>LibTorch-Intra-op-Threads für Läufe und Benchmarks</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scaling</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs also time batch sizes 1 to 256 on 1 to all cores, float and quantized, for the Compare tab&apos;s scaling chart (adds seconds to minutes per run)</source>
        <translation>Läufe messen zusätzlich Batchgrößen 1 bis 256 auf 1 bis allen Kernen, Float und quantisiert, für das Skalierungsdiagramm im Vergleich-Tab (kostet Sekunden bis Minuten pro Lauf)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Open TorchScript Model</source>
        <translation>TorchScript-Modell öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript models (*.pt *.pth *.ptl *.torchscript);;All files (*)</source>
        <translation>TorchScript-Modelle (*.pt *.pth *.ptl *.torchscript);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 — QuantBench</source>
        <translation>%1 — QuantBench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3 parameters · %4 layers (%5 quantizable) · input %6</source>
        <translation>%1 · %2 · %3 Parameter · %4 Schichten (%5 quantisierbar) · Eingabe %6</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> (guessed)</source>
        <translation> (geschätzt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Default (Experiment Bar)</source>
        <translation>Standard (Experimentleiste)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Float</source>
        <translation>Float</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dynamic</source>
        <translation>Dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Static</source>
        <translation>Statisch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>QAT</source>
        <translation>QAT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight-Only</source>
        <translation>Nur Gewichte</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>%n layer(s) cannot take that mode and kept theirs.</source>
        <translation>
            <numerusform>%n Schicht unterstützt diesen Modus nicht und behält ihren.</numerusform>
            <numerusform>%n Schichten unterstützen diesen Modus nicht und behalten ihren.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Set Mode of %n Selected Layer(s)</source>
        <translation>
            <numerusform>Modus der %n ausgewählten Schicht festlegen</numerusform>
            <numerusform>Modus der %n ausgewählten Schichten festlegen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set Mode of All %1 Layers</source>
        <translation>Modus aller %1-Schichten festlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear All Layer Choices</source>
        <translation>Alle Schichtauswahlen zurücksetzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep %1 in Float and Run Again</source>
        <translation>%1 in Float belassen und erneut ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a finished experiment of this model in the Experiments tab first</source>
        <translation>Wählen Sie zuerst im Reiter Experimente ein abgeschlossenes Experiment dieses Modells</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Cannot open model</source>
        <translation>Modell kann nicht geöffnet werden</translation>
    </message>
</context>
<context>
    <name>qb::MemoryProbe</name>
    <message>
        <location filename="../core/eval/memoryprobe.cpp" line="+96"/>
        <source>This system does not report a process&apos;s peak memory (/proc/self/status).</source>
        <translation>Dieses System meldet den Spitzenspeicher eines Prozesses nicht (/proc/self/status).</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>quantbench-probe, which measures each model&apos;s memory in a process of its own, is not installed next to this program: reinstall QuantBench, or set QB_PROBE to its path.</source>
        <translation>quantbench-probe, das den Speicher jedes Modells in einem eigenen Prozess misst, ist nicht neben diesem Programm installiert: Installieren Sie QuantBench neu oder setzen Sie QB_PROBE auf seinen Pfad.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not start %1: %2</source>
        <translation>%1 konnte nicht gestartet werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelled while measuring memory.</source>
        <translation>Beim Messen des Speichers abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The memory probe did not finish within %1 s.</source>
        <translation>Die Speichermessung wurde nicht innerhalb von %1 s fertig.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The memory probe failed (%1): %2</source>
        <translation>Die Speichermessung ist fehlgeschlagen (%1): %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exit code %1</source>
        <translation>Exit-Code %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it crashed</source>
        <translation>sie ist abgestürzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no message</source>
        <translation>keine Meldung</translation>
    </message>
</context>
<context>
    <name>qb::ModelDocument</name>
    <message>
        <location filename="../core/model/modeldocument.cpp" line="+58"/>
        <source>Export the model with torch.jit.script(model) or torch.jit.trace(model, example_input), then torch.jit.save.</source>
        <translation>Exportieren Sie das Modell mit torch.jit.script(model) oder torch.jit.trace(model, example_input) und dann torch.jit.save.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 holds only weights (a torch.save of model.state_dict()), not a TorchScript model. %2</source>
        <translation>%1 enthält nur Gewichte (ein torch.save von model.state_dict()), kein TorchScript-Modell. %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a pickled eager PyTorch model (torch.save(model)), which needs its Python classes to load; QuantBench needs TorchScript. %2</source>
        <translation>%1 ist ein mit pickle gespeichertes Eager-PyTorch-Modell (torch.save(model)), das zum Laden seine Python-Klassen braucht; QuantBench braucht TorchScript. %2</translation>
    </message>
    <message>
        <location filename="../core/util/recordingreader.cpp" line="+42"/>
        <source>the tensor %1 declares %2 bytes of data but its record holds %3</source>
        <translation>der Tensor %1 gibt %2 Bytes Daten an, aber sein Eintrag enthält %3</translation>
    </message>
    <message>
        <location filename="../core/model/modeldocument.cpp" line="+297"/>
        <source>No model file given: name a TorchScript .pt file.</source>
        <translation>Keine Modelldatei angegeben: Geben Sie eine TorchScript-.pt-Datei an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>There is no file at %1: check the path and the spelling.</source>
        <translation>Unter %1 gibt es keine Datei: Prüfen Sie Pfad und Schreibweise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is a folder, not a model file: choose the TorchScript .pt file inside it.</source>
        <translation>%1 ist ein Ordner, keine Modelldatei: Wählen Sie die TorchScript-.pt-Datei darin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a regular file (a device, pipe or socket): save the model to a file and open that.</source>
        <translation>%1 ist keine reguläre Datei (ein Gerät, eine Pipe oder ein Socket): Speichern Sie das Modell in eine Datei und öffnen Sie diese.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 cannot be read (%2): check its permissions.</source>
        <translation>%1 kann nicht gelesen werden (%2): Prüfen Sie die Zugriffsrechte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is empty (0 bytes): the export or copy did not finish; save the model again.</source>
        <translation>%1 ist leer (0 Bytes): Der Export oder die Kopie wurde nicht abgeschlossen; speichern Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a legacy PyTorch pickle (torch.save in the old format), not a TorchScript archive. Export the model with torch.jit.script or torch.jit.trace, then torch.jit.save.</source>
        <translation>%1 ist ein PyTorch-Pickle im Legacy-Format (torch.save im alten Format), kein TorchScript-Archiv. Exportieren Sie das Modell mit torch.jit.script oder torch.jit.trace und dann torch.jit.save.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not a TorchScript archive (it is not a zip file). Open a model saved with torch.jit.save.</source>
        <translation>%1 ist kein TorchScript-Archiv (es ist keine ZIP-Datei). Öffnen Sie ein mit torch.jit.save gespeichertes Modell.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 is a TorchScript archive with its constants.pkl record missing: it was cut short or edited. Copy or export the model again.</source>
        <translation>%1 ist ein TorchScript-Archiv, dem der Eintrag constants.pkl fehlt: Es wurde abgeschnitten oder bearbeitet. Kopieren oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is a zip file but not a TorchScript archive (no code/ or constants.pkl inside). Open a model saved with torch.jit.save.</source>
        <translation>%1 ist eine ZIP-Datei, aber kein TorchScript-Archiv (kein code/ oder constants.pkl darin). Öffnen Sie ein mit torch.jit.save gespeichertes Modell.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is corrupt: its %2 record is damaged (%3). Copy or export the model again.</source>
        <translation>%1 ist beschädigt: Sein Eintrag %2 ist fehlerhaft (%3). Kopieren oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is truncated or corrupt (%2). Copy or export the model again.</source>
        <translation>%1 ist abgeschnitten oder beschädigt (%2). Kopieren oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The archive&apos;s quantbench.json is not valid JSON (%1); it was ignored.</source>
        <translation>Die quantbench.json des Archivs ist kein gültiges JSON (%1); sie wurde ignoriert.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was quantized for the %2 engine, which this LibTorch build lacks (it has %3): quantize the float model again for one of those.</source>
        <translation>%1 wurde für die Engine %2 quantisiert, die diesem LibTorch-Build fehlt (vorhanden: %3): Quantisieren Sie das Float-Modell erneut für eine davon.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quantized for the %1 engine; that engine is now current.</source>
        <translation>Für die Engine %1 quantisiert; diese Engine ist jetzt aktiv.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>forward() takes no tensor (%1), so QuantBench cannot feed this model.</source>
        <translation>forward() nimmt keinen Tensor (%1), daher kann QuantBench dieses Modell nicht speisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>forward() also takes %1, which is not a tensor; QuantBench feeds tensors only, so this model can be explored but not quantized or evaluated.</source>
        <translation>forward() nimmt außerdem %1, das kein Tensor ist; QuantBench speist nur Tensoren, daher kann dieses Modell erkundet, aber nicht quantisiert oder ausgewertet werden.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The input shape is unknown: give it with --input-shape (e.g. 1x1x28x28, or input_ids:1x128:int64,attention_mask:1x128:int64) or in the data panel.</source>
        <translation>Die Eingabeform ist unbekannt: Geben Sie sie mit --input-shape an (z. B. 1x1x28x28 oder input_ids:1x128:int64,attention_mask:1x128:int64) oder im Datenbereich.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The input spec names %1 tensor(s), but forward() takes %2 (%3).</source>
        <translation>Die Eingabespezifikation nennt %1 Tensor(en), aber forward() nimmt %2 (%3).</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1 could not be loaded as TorchScript (%2). Export the model again with torch.jit.save, using a PyTorch version not newer than this LibTorch.</source>
        <translation>%1 konnte nicht als TorchScript geladen werden (%2). Exportieren Sie das Modell erneut mit torch.jit.save und einer PyTorch-Version, die nicht neuer als dieses LibTorch ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is corrupt: %2. Copy or export the model again.</source>
        <translation>%1 ist beschädigt: %2. Kopieren oder exportieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The model has half-precision parameters, which this CPU cannot run as they are: it runs, and is compared, in float32 from the same weights, and they are upcast to float32 before quantization.</source>
        <translation>Das Modell hat Parameter halber Genauigkeit, die diese CPU so nicht ausführen kann: Es läuft und wird verglichen in float32 aus denselben Gewichten, und sie werden vor der Quantisierung auf float32 hochgestuft.</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>The model has no forward() method, so it cannot be run.</source>
        <translation>Das Modell hat keine forward()-Methode und kann daher nicht ausgeführt werden.</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>%1 loaded, but its modules could not be read (%2).</source>
        <translation>%1 wurde geladen, aber seine Module konnten nicht gelesen werden (%2).</translation>
    </message>
</context>
<context>
    <name>qb::QuantConfig</name>
    <message>
        <location filename="../core/quant/quantconfig.cpp" line="+50"/>
        <source>Unknown key &quot;%1&quot; in the quantization config.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in der Quantisierungskonfiguration.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be one of float, dynamic, static, qat, weight-only.</source>
        <translation>&quot;%1&quot; muss float, dynamic, static, qat oder weight-only sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; must be a number.</source>
        <translation>&quot;%1&quot; muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be one of per-tensor-affine, per-tensor-symmetric, per-channel-symmetric, per-channel-affine.</source>
        <translation>&quot;%1&quot; muss per-tensor-affine, per-tensor-symmetric, per-channel-symmetric oder per-channel-affine sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; must be a string such as &quot;quint8&quot;.</source>
        <translation>&quot;%1&quot; muss eine Zeichenkette wie &quot;quint8&quot; sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be true or false.</source>
        <translation>&quot;%1&quot; muss true oder false sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; must be a whole number.</source>
        <translation>&quot;%1&quot; muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Unknown key &quot;%1&quot; in the quantization config: use engine, default, layers.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in der Quantisierungskonfiguration: Verwenden Sie engine, default, layers.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;engine&quot; must be one of onednn, qnnpack, fbgemm, x86.</source>
        <translation>„engine“ muss onednn, qnnpack, fbgemm oder x86 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;default&quot; must be an object.</source>
        <translation>&quot;default&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;layers&quot; must be an object mapping layer names to settings.</source>
        <translation>&quot;layers&quot; muss ein Objekt sein, das Schichtnamen auf Einstellungen abbildet.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;layers.%1&quot; must be an object.</source>
        <translation>&quot;layers.%1&quot; muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The engine &quot;%1&quot; is not in this LibTorch build; choose one of: %2.</source>
        <translation>Die Engine &quot;%1&quot; ist in diesem LibTorch-Build nicht enthalten; wählen Sie eine von: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the onednn engine only supports symmetric weights (zero point 0); choose per-channel-symmetric or per-tensor-symmetric.</source>
        <translation>%1: Die Engine onednn unterstützt nur symmetrische Gewichte (Nullpunkt 0); wählen Sie per-channel-symmetric oder per-tensor-symmetric.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: float16 weights are only for dynamic quantization.</source>
        <translation>%1: float16-Gewichte gibt es nur für dynamische Quantisierung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: float16 dynamic quantization needs the fbgemm engine, which %2 is not; use qint8 weights.</source>
        <translation>%1: Dynamische float16-Quantisierung braucht die Engine fbgemm, und %2 ist das nicht; verwenden Sie qint8-Gewichte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: weight dtype &quot;%2&quot; is not supported; use qint8, quint4x2 (4-bit embeddings) or float16 (dynamic on fbgemm).</source>
        <translation>%1: Gewichtstyp &quot;%2&quot; wird nicht unterstützt; verwenden Sie qint8, quint4x2 (4-Bit-Embeddings) oder float16 (dynamisch mit fbgemm).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: activation dtype &quot;%2&quot; is not supported by LibTorch&apos;s quantized kernels; use quint8.</source>
        <translation>%1: Der Aktivierungstyp &quot;%2&quot; wird von den quantisierten Kerneln von LibTorch nicht unterstützt; verwenden Sie quint8.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the percentile must be above 0 and at most 100, not %2.</source>
        <translation>%1: Das Perzentil muss größer als 0 und höchstens 100 sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the moving-average weight must be above 0 and at most 1, not %2.</source>
        <translation>%1: Das Gewicht des gleitenden Mittelwerts muss größer als 0 und höchstens 1 sein, nicht %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: quant_min and quant_max must satisfy %2 &lt;= quant_min &lt; quant_max &lt;= %3 for quint8.</source>
        <translation>%1: quant_min und quant_max müssen für quint8 %2 &lt;= quant_min &lt; quant_max &lt;= %3 erfüllen.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&quot;%1&quot;: the percentile must be a number above 0 and at most 100, e.g. percentile:99.99.</source>
        <translation>&quot;%1&quot;: Das Perzentil muss eine Zahl größer als 0 und höchstens 100 sein, z. B. percentile:99.99.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Unknown observer &quot;%1&quot;: use minmax, moving-average, percentile:99.99 or mse.</source>
        <translation>Unbekannter Observer &quot;%1&quot;: Verwenden Sie minmax, moving-average, percentile:99.99 oder mse.</translation>
    </message>
</context>
<context>
    <name>qb::QuantSimulation</name>
    <message>
        <location filename="../core/quant/quantsim.cpp" line="+303"/>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>The dynamic layers of this hybrid config are not simulated; only its static layers are.</source>
        <translation>Die dynamischen Schichten dieser Hybrid-Konfiguration werden nicht simuliert, nur ihre statischen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QAT layers are simulated as post-training static quantization of the float weights.</source>
        <translation>QAT-Schichten werden als statische Post-Training-Quantisierung der Float-Gewichte simuliert.</translation>
    </message>
    <message>
        <location line="-126"/>
        <source>Internal error: observer %1 cannot simulate.</source>
        <translation>Interner Fehler: Observer %1 kann nicht simulieren.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No layer of this model is quantized by this config, so there is nothing to simulate.</source>
        <translation>Keine Schicht dieses Modells wird mit dieser Konfiguration quantisiert, es gibt also nichts zu simulieren.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+13"/>
        <source>calibrating</source>
        <translation>wird kalibriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Calibrated on synthetic random inputs: ranges may not match real data.</source>
        <translation>Auf synthetischen Zufallseingaben kalibriert: Die Wertebereiche passen womöglich nicht zu echten Daten.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Weight-only embeddings (%1) are not simulated per layer.</source>
        <translation>Embeddings mit reiner Gewichtsquantisierung (%1) werden nicht pro Schicht simuliert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>running the float model</source>
        <translation>Float-Modell läuft</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Scored on synthetic random inputs: agreement and SQNR only, and they may not reflect real data.</source>
        <translation>Auf synthetischen Zufallseingaben bewertet: nur Übereinstimmung und SQNR, und diese spiegeln echte Daten womöglich nicht wider.</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>warming up</source>
        <translation>Aufwärmphase</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ready</source>
        <translation>bereit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibTorch could not simulate quantization of this model: %1</source>
        <translation>LibTorch konnte die Quantisierung dieses Modells nicht simulieren: %1</translation>
    </message>
</context>
<context>
    <name>qb::Quantizer</name>
    <message>
        <location filename="../core/quant/layerplan.cpp" line="+25"/>
        <source>weight-only quantization is for embeddings; choose dynamic or static for a %1</source>
        <translation>reine Gewichtsquantisierung ist für Embeddings gedacht; wählen Sie für %1 dynamisch oder statisch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the static pass does not reach the attention&apos;s input projection (a bare weight, not a Linear module); choose dynamic for it</source>
        <translation>der statische Durchlauf erreicht die Eingangsprojektion der Attention nicht (ein bloßes Gewicht, kein Linear-Modul); wählen Sie dafür dynamisch</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>dynamic quantization covers Linear and recurrent layers; use static for convolutions</source>
        <translation>dynamische Quantisierung umfasst Linear- und rekurrente Schichten; verwenden Sie für Faltungen statische</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibTorch&apos;s graph passes do not quantize transposed convolutions</source>
        <translation>die Graph-Passes von LibTorch quantisieren keine transponierten Faltungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>there is no static quantized kernel for recurrent layers; use dynamic</source>
        <translation>für rekurrente Schichten gibt es keinen statisch quantisierten Kernel; verwenden Sie dynamische</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>only LSTM and GRU layers have a dynamic int8 kernel; %1 stays float</source>
        <translation>nur LSTM- und GRU-Schichten haben einen dynamischen int8-Kernel; %1 bleibt Float</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>all %1 layers are rewritten together, with the settings of %2</source>
        <translation>alle %1-Schichten werden gemeinsam umgeschrieben, mit den Einstellungen von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>with static and dynamic layers mixed, every dynamic layer gets one weight scheme</source>
        <translation>bei gemischten statischen und dynamischen Schichten erhalten alle dynamischen Schichten dasselbe Gewichtsschema</translation>
    </message>
    <message>
        <location filename="../core/quant/quantizer.cpp" line="+173"/>
        <source>Calibrated on synthetic random inputs: activation ranges may not match real data, so accuracy can be worse than with a real calibration set.</source>
        <translation>Auf synthetischen Zufallseingaben kalibriert: Die Aktivierungsbereiche passen womöglich nicht zu echten Daten, daher kann die Genauigkeit schlechter sein als mit einem echten Kalibrierungsdatensatz.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>calibrating</source>
        <translation>wird kalibriert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>QAT needs at least one epoch.</source>
        <translation>QAT braucht mindestens eine Epoche.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>QAT fine-tunes on labelled data, and %1 has no labels: use a labelled data set (IDX with labels, or a tensor file holding (inputs, labels)).</source>
        <translation>QAT trainiert auf gelabelten Daten nach, und %1 hat keine Labels: Verwenden Sie einen gelabelten Datensatz (IDX mit Labels oder eine Tensordatei mit (inputs, labels)).</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>training epoch %1/%2</source>
        <translation>Trainingsepoche %1/%2</translation>
    </message>
    <message>
        <location line="+216"/>
        <source>Could not serialize the quantized model (%1).</source>
        <translation>Das quantisierte Modell konnte nicht serialisiert werden (%1).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not save the quantized model: %1</source>
        <translation>Das quantisierte Modell konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>packing embeddings</source>
        <translation>Embeddings werden gepackt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the embedding stays float: %1</source>
        <translation>das Embedding bleibt Float: %1</translation>
    </message>
    <message>
        <location filename="../core/quant/layerplan.cpp" line="-53"/>
        <source>custom module: its own operations stay float; PyTorch layers inside it are quantized as configured</source>
        <translation>eigenes Modul: Seine eigenen Operationen bleiben in Float; PyTorch-Schichten darin werden wie konfiguriert quantisiert</translation>
    </message>
    <message>
        <location line="-38"/>
        <location filename="../core/quant/quantizer.cpp" line="-525"/>
        <source>the %1 could not be rewritten to the dynamic int8 kernel: %2</source>
        <translation>%1 konnte nicht auf den dynamischen int8-Kernel umgeschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layers of one type are rewritten together after conversion, and another %1 of this model is kept in float</source>
        <translation>Schichten eines Typs werden nach der Konvertierung gemeinsam umgeschrieben, und ein anderes %1 dieses Modells bleibt Float</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is folded into %2, which is quantized, so its arithmetic is quantized with it; keep %2 float as well to keep %1 in float.</source>
        <translation>%1 wird in %2 eingerechnet, das quantisiert wird, also wird seine Arithmetik mit quantisiert; lassen Sie auch %2 in Float, um %1 in Float zu halten.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>This config mixes static and dynamic layers and keeps a Linear layer in float. After the static pass LibTorch can only apply dynamic quantization to every remaining Linear layer: make the float Linear layers dynamic, or drop the dynamic ones.</source>
        <translation>Diese Konfiguration mischt statische und dynamische Schichten und lässt eine Linear-Schicht in Float. Nach dem statischen Pass kann LibTorch dynamische Quantisierung nur auf alle verbleibenden Linear-Schichten anwenden: Machen Sie die Float-Linear-Schichten dynamisch oder verzichten Sie auf die dynamischen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No layer would be quantized with this config: every quantizable layer is float or cannot take the requested mode.</source>
        <translation>Mit dieser Konfiguration würde keine Schicht quantisiert: Jede quantisierbare Schicht bleibt in Float oder unterstützt den gewünschten Modus nicht.</translation>
    </message>
    <message>
        <location filename="../core/quant/quantizer.cpp" line="+405"/>
        <source>Half-precision parameters were upcast to float32 before quantization.</source>
        <translation>Parameter in halber Genauigkeit wurden vor der Quantisierung auf float32 hochgewandelt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>PyTorch&apos;s fused Transformer fast path was switched off in %1, so that its Linear layers run quantized; the float model keeps it.</source>
        <translation>PyTorchs fusionierter Transformer-Schnellpfad wurde in %1 abgeschaltet, damit seine Linear-Schichten quantisiert laufen; das Float-Modell behält ihn.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>converting</source>
        <translation>wird konvertiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>converting dynamic layers</source>
        <translation>dynamische Schichten werden konvertiert</translation>
    </message>
    <message>
        <location line="-100"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="-350"/>
        <source>no %1 call was found in the converted graph</source>
        <translation>im konvertierten Graphen wurde kein Aufruf von %1 gefunden</translation>
    </message>
    <message>
        <location line="+355"/>
        <source>LibTorch&apos;s static pass cannot quantize models with data-dependent branches (PyTorch&apos;s Transformer fast path is one), even when the branching module is kept in float. Quantize this model dynamically (--mode dynamic). Detail: %1</source>
        <translation>Der statische Pass von LibTorch kann keine Modelle mit datenabhängigen Verzweigungen quantisieren (der Transformer-Fast-Path von PyTorch ist eine), selbst wenn das verzweigende Modul in Float bleibt. Quantisieren Sie dieses Modell dynamisch (--mode dynamic). Details: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>LibTorch could not quantize this model: %1</source>
        <translation>LibTorch konnte dieses Modell nicht quantisieren: %1</translation>
    </message>
    <message>
        <location filename="../core/quant/graphaudit.cpp" line="+201"/>
        <source>LibTorch&apos;s pass left its %1 in float</source>
        <translation>LibTorchs Durchlauf ließ sein %1 in Float</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>custom module: its own %1 run in float</source>
        <translation>eigenes Modul: seine eigenen Operationen %1 laufen in Float</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>custom module: every operation of its own runs on quantized tensors</source>
        <translation>eigenes Modul: jede seiner eigenen Operationen läuft auf quantisierten Tensoren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>custom module: dynamic quantization runs activations in float; only the weighted layers inside it are quantized</source>
        <translation>eigenes Modul: dynamische Quantisierung rechnet Aktivierungen in Float; nur die Schichten mit Gewichten darin werden quantisiert</translation>
    </message>
    <message>
        <location filename="../core/quant/embeddingrewrite.cpp" line="+87"/>
        <source>the model uses the bag&apos;s offsets or sizes, which the quantized kernel does not return</source>
        <translation>das Modell verwendet die Offsets oder Größen der Bags, die der quantisierte Kernel nicht liefert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its mode is not a constant</source>
        <translation>sein Modus ist keine Konstante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LibTorch has no quantized kernel for mode &quot;max&quot; bags</source>
        <translation>LibTorch hat keinen quantisierten Kernel für Bags im Modus &quot;max&quot;</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its padding_idx is not a constant</source>
        <translation>sein padding_idx ist keine Konstante</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>%1: 4-bit rows need an even width and this one is %2 wide; packed to 8 bits instead.</source>
        <translation>%1: 4-Bit-Zeilen brauchen eine gerade Breite, diese ist %2 breit; stattdessen auf 8 Bit gepackt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no lookup of its weight was found in the converted graph</source>
        <translation>im konvertierten Graphen wurde kein Zugriff auf sein Gewicht gefunden</translation>
    </message>
</context>
<context>
    <name>qb::Report</name>
    <message>
        <location filename="../core/report/report.cpp" line="+98"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+134"/>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>activation SQNR dB</source>
        <translation>Aktivierungs-SQNR dB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight SQNR dB</source>
        <translation>Gewichts-SQNR dB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight error %</source>
        <translation>Gewichtsfehler %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sensitivity %</source>
        <translation>Sensitivität %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>&quot;%1&quot; is not a list of experiment ids: write all, or ids and ranges like 3,5,7-9.</source>
        <translation>&quot;%1&quot; ist keine Liste von Experiment-IDs: Schreiben Sie all oder IDs und Bereiche wie 3,5,7-9.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No experiment ids given: write all, or ids like 3,5,7-9.</source>
        <translation>Keine Experiment-IDs angegeben: Schreiben Sie all oder IDs wie 3,5,7-9.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>QuantBench report</source>
        <translation>QuantBench-Bericht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Experiment %1 is not in %2: list the log&apos;s experiments in the GUI&apos;s browser, or use all.</source>
        <translation>Experiment %1 ist nicht in %2: Lassen Sie sich die Experimente des Protokolls im Browser der GUI anzeigen oder verwenden Sie all.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size ratio</source>
        <translation>Größenverhältnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency ms (median)</source>
        <translation>Latenz ms (Median)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>latency ms (p90)</source>
        <translation>Latenz ms (p90)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>peak memory</source>
        <translation>Spitzenspeicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>speedup vs float</source>
        <translation>Beschleunigung ggü. Float</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change (points)</source>
        <translation>Änderung (Punkte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>agreement %</source>
        <translation>Übereinstimmung %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQNR dB</source>
        <translation>SQNR dB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>float baseline ms</source>
        <translation>Float-Referenz ms</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Latency, operator profiles and memory are measured on the deployment form: the float model frozen and optimized for inference; each quantized archive saved, loaded back, frozen and optimized the same way. The optimized form cannot itself be saved, so the archives stay portable; these lines give the fast form after loading. Every speedup divides the float latency in the same row&apos;s baseline column, timed once per group of runs.</source>
        <translation>Latenz, Operatorprofile und Speicher werden in der Auslieferungsform gemessen: das Float-Modell eingefroren und für die Inferenz optimiert; jedes quantisierte Archiv gespeichert, wieder geladen, eingefroren und ebenso optimiert. Die optimierte Form selbst lässt sich nicht speichern, daher bleiben die Archive portabel; diese Zeilen ergeben nach dem Laden die schnelle Form. Jede Beschleunigung teilt die Float-Latenz in der Referenzspalte derselben Zeile, einmal pro Gruppe von Läufen gemessen.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Generated %1 from %2; %3 experiments.

</source>
        <translation>Erstellt %1 aus %2; %3 Experimente.

</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+213"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="-210"/>
        <location line="+242"/>
        <source>Deployment form</source>
        <translation>Auslieferungsform</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>Experiment %1 %2: %3

</source>
        <translation>Experiment %1 %2: %3

</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+261"/>
        <source>Layers of experiment %1 (%2)</source>
        <translation>Schichten von Experiment %1 (%2)</translation>
    </message>
    <message>
        <location line="-255"/>
        <location line="+271"/>
        <source>Environment</source>
        <translation>Umgebung</translation>
    </message>
    <message>
        <location line="-269"/>
        <source>Experiments %1:

</source>
        <translation>Experimente %1:

</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+271"/>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+271"/>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="-269"/>
        <location line="+275"/>
        <source>Specs</source>
        <translation>Spezifikationen</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Experiment %1:</source>
        <translation>Experiment %1:</translation>
    </message>
    <message>
        <location line="+173"/>
        <source>Generated %1 from %2; %3 experiments.</source>
        <translation>Erstellt %1 aus %2; %3 Experimente.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Experiment %1 %2: %3</source>
        <translation>Experiment %1 %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Layers</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Experiments %1:</source>
        <translation>Experimente %1:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
</context>
<context>
    <name>qb::ReportWriter</name>
    <message>
        <location filename="../charts/reportwriter.cpp" line="+47"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency (median)</source>
        <translation>Latenz (Median)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy</source>
        <translation>Genauigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy against latency (Pareto front dashed)</source>
        <translation>Genauigkeit gegen Latenz (Pareto-Front gestrichelt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy against size (Pareto front dashed)</source>
        <translation>Genauigkeit gegen Größe (Pareto-Front gestrichelt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency per sample against batch size and threads</source>
        <translation>Latenz pro Beispiel über Batchgröße und Threads</translation>
    </message>
</context>
<context>
    <name>qb::SampleBrowser</name>
    <message>
        <location filename="../ui/samplebrowser.cpp" line="+62"/>
        <source>Select a quantized experiment evaluated on IDX images (Fashion-MNIST) to see the samples whose prediction changed.</source>
        <translation>Wählen Sie ein quantisiertes Experiment, das auf IDX-Bildern (Fashion-MNIST) evaluiert wurde, um die Beispiele zu sehen, deren Vorhersage sich geändert hat.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Experiment %1 changed no prediction on its %2 evaluation samples.</source>
        <translation>Experiment %1 hat auf seinen %2 Evaluierungsbeispielen keine Vorhersage geändert.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Experiment %1 was evaluated on %2; the sample browser shows IDX images read in order.</source>
        <translation>Experiment %1 wurde auf %2 evaluiert; der Beispiel-Browser zeigt IDX-Bilder, in ihrer Reihenfolge gelesen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reading the evaluation images of experiment %1…</source>
        <translation>Die Auswertungsbilder von Experiment %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 does not hold 2-D images.</source>
        <translation>%1 enthält keine 2-D-Bilder.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true: %1</source>
        <translation>tatsächlich: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>float: %1</source>
        <translation>Float: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>int8: %1</source>
        <translation>int8: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Experiment %1 (%2): %3 of %4 evaluation samples changed their top-1 prediction; %5 shown.</source>
        <translation>Experiment %1 (%2): %3 von %4 Evaluierungsbeispielen haben ihre Top-1-Vorhersage geändert; %5 angezeigt.</translation>
    </message>
</context>
<context>
    <name>qb::Search</name>
    <message>
        <location filename="../core/experiment/search.cpp" line="+103"/>
        <source>accuracy drop &lt;= %1 points</source>
        <translation>Genauigkeitsverlust &lt;= %1 Punkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agreement &gt;= %1%</source>
        <translation>Übereinstimmung &gt;= %1%</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>as given</source>
        <translation>wie angegeben</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the search a budget: a largest accuracy drop or a smallest agreement.</source>
        <translation>Geben Sie der Suche ein Budget: einen größten Genauigkeitsverlust oder eine kleinste Übereinstimmung.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The trial limit must be at least 1.</source>
        <translation>Die Versuchsgrenze muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>search: %1, %2</source>
        <translation>Suche: %1, %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>timing the float model</source>
        <translation>Float-Modell wird gemessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>search %1</source>
        <translation>Suche %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>static</source>
        <translation>statisch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>ranking layers</source>
        <translation>Schichten werden eingestuft</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1 / trial %2: %3all quantized</source>
        <translation>%1 / Versuch %2: %3alles quantisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 / trial %2: %3float %4</source>
        <translation>%1 / Versuch %2: %3Float %4</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>The float model, timed again at the end: %1 ms against %2 ms at the start. Trial latencies taken minutes apart carry noise of this size.</source>
        <translation>Das Float-Modell, am Ende erneut gemessen: %1 ms gegenüber %2 ms zu Beginn. Versuchslatenzen, die Minuten auseinander liegen, tragen Rauschen dieser Größe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No quantized config the search tried ran faster than the float model: the best took %1 ms against the float model&apos;s %2 ms.</source>
        <translation>Keine der versuchten quantisierten Konfigurationen lief schneller als das Float-Modell: Die beste brauchte %1 ms gegenüber %2 ms des Float-Modells.</translation>
    </message>
    <message>
        <location line="-155"/>
        <source>trial %1: %2</source>
        <translation>Versuch %1: %2</translation>
    </message>
    <message>
        <location line="-188"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>qb::SearchDialog</name>
    <message>
        <location filename="../ui/searchdialog.cpp" line="+18"/>
        <source>Search for an Accuracy Budget</source>
        <translation>Nach einem Genauigkeitsbudget suchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Starting from the experiment bar&apos;s config with every layer quantized, QuantBench keeps the most sensitive layers in float until the budget holds, then tries to quantize them again. Every trial is stored in the log.</source>
        <translation>Ausgehend von der Konfiguration der Experimentleiste mit allen Schichten quantisiert, belässt QuantBench die sensitivsten Schichten in Float, bis das Budget eingehalten wird, und versucht dann, sie wieder zu quantisieren. Jeder Versuch wird im Protokoll gespeichert.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Largest accuracy drop (points)</source>
        <translation>Größter Genauigkeitsverlust (Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Smallest agreement with float (%)</source>
        <translation>Kleinste Übereinstimmung mit Float (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget:</source>
        <translation>Budget:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Objective:</source>
        <translation>Ziel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>At most trials:</source>
        <translation>Höchstzahl Versuche:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no limit</source>
        <translation>keine Grenze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time limit:</source>
        <translation>Zeitgrenze:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one layer quantized at a time</source>
        <translation>je eine Schicht quantisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one layer kept float at a time</source>
        <translation>je eine Schicht in Float belassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank layers by:</source>
        <translation>Schichten einstufen nach:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start Search</source>
        <translation>Suche starten</translation>
    </message>
</context>
<context>
    <name>qb::Sensitivity</name>
    <message>
        <location filename="../core/experiment/sensitivity.cpp" line="+51"/>
        <source>sensitivity (%1)</source>
        <translation>Sensitivität (%1)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled while calibrating.</source>
        <translation>Beim Kalibrieren abgebrochen.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Cancelled after %1 of %2 layers.</source>
        <translation>Nach %1 von %2 Schichten abgebrochen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>layer %1/%2: %3</source>
        <translation>Schicht %1/%2: %3</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
</context>
<context>
    <name>qb::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="+32"/>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An SQLite file, or a shared log on PostgreSQL: postgresql://USER@HOST:PORT/DATABASE (the password comes from PGPASSWORD or ~/.pgpass, never from here)</source>
        <translation>Eine SQLite-Datei oder ein gemeinsames Protokoll auf PostgreSQL: postgresql://BENUTZER@HOST:PORT/DATENBANK (das Passwort kommt aus PGPASSWORD oder ~/.pgpass, nie von hier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment log:</source>
        <translation>Experimentprotokoll:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment Log</source>
        <translation>Experimentprotokoll</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SQLite log (*.sqlite)</source>
        <translation>SQLite-Protokoll (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default Data Folder</source>
        <translation>Standard-Datenordner</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>LibTorch intra-op threads for runs; benchmarks record their own count</source>
        <translation>LibTorch-Intra-op-Threads für Läufe; Benchmarks halten ihre eigene Anzahl fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threads:</source>
        <translation>Threads:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Quantized engine:</source>
        <translation>Quantisierte Engine:</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Applies the next time QuantBench starts</source>
        <translation>Gilt ab dem nächsten Start von QuantBench</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language:</source>
        <translation>Sprache:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System follows the desktop&apos;s palette; Light and Dark choose one for QuantBench</source>
        <translation>System folgt der Palette des Desktops; Hell und Dunkel legen eine für QuantBench fest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Colours:</source>
        <translation>Farben:</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Name the experiment log file, for example %1.</source>
        <translation>Geben Sie die Datei des Experimentprotokolls an, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data folder %1 does not exist.</source>
        <translation>Der Datenordner %1 existiert nicht.</translation>
    </message>
</context>
<context>
    <name>qb::SpecBuilder</name>
    <message>
        <location filename="../core/experiment/specbuilder.cpp" line="+24"/>
        <source>%1 names &quot;%2&quot;, which is not a layer of this model; its layers are: %3.</source>
        <translation>%1 nennt &quot;%2&quot;, das ist keine Schicht dieses Modells; seine Schichten sind: %3.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The config</source>
        <translation>Die Konfiguration</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Embeddings can be packed to 8 or 4 bits per weight, not %1.</source>
        <translation>Embeddings lassen sich auf 8 oder 4 Bit je Gewicht packen, nicht auf %1.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>float baseline</source>
        <translation>Float-Referenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per-channel</source>
        <translation>pro Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>per-tensor</source>
        <translation>pro Tensor</translation>
    </message>
</context>
<context>
    <name>qb::Sweep</name>
    <message>
        <location filename="../core/experiment/sweep.cpp" line="+53"/>
        <location line="+5"/>
        <source>&quot;grid.%1&quot; must be a non-empty list of strings.</source>
        <translation>„grid.%1“ muss eine nicht leere Liste von Zeichenketten sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In &quot;grid.%1&quot;: %2</source>
        <translation>In „grid.%1“: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;grid.float_layers&quot; must be a list whose entries are lists of layer names (the layers one item keeps float; [] for none) or &quot;each&quot; (one item per quantizable layer).</source>
        <translation>„grid.float_layers“ muss eine Liste sein, deren Einträge Listen von Schichtnamen sind (die Schichten, die ein Eintrag in Float lässt; [] für keine) oder „each“ (ein Eintrag je quantisierbarer Schicht).</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Unknown key &quot;grid.%1&quot; in the sweep file: a grid varies models, modes, engines, weight_schemes, observers and float_layers.</source>
        <translation>Unbekannter Schlüssel „grid.%1“ in der Sweep-Datei: ein Raster variiert models, modes, engines, weight_schemes, observers und float_layers.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a model path is empty.</source>
        <translation>ein Modellpfad ist leer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a mode: use float, dynamic, static or qat.</source>
        <translation>„%1“ ist kein Modus: verwenden Sie float, dynamic, static oder qat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not an engine: use onednn, qnnpack, fbgemm or x86.</source>
        <translation>„%1“ ist keine Engine: verwenden Sie onednn, qnnpack, fbgemm oder x86.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a weight scheme: use per-tensor-affine, per-tensor-symmetric, per-channel-symmetric or per-channel-affine.</source>
        <translation>„%1“ ist kein Gewichtsschema: verwenden Sie per-tensor-affine, per-tensor-symmetric, per-channel-symmetric oder per-channel-affine.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Unknown key &quot;search.%1&quot; in the sweep file: a search holds max_accuracy_drop, min_agreement, objective, ranking and max_trials.</source>
        <translation>Unbekannter Schlüssel &quot;search.%1&quot; in der Sweep-Datei: eine Suche enthält max_accuracy_drop, min_agreement, objective, ranking und max_trials.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;search.max_accuracy_drop&quot; is the largest top-1 drop against float in points, from 0 to 100 (0.5 = half a point).</source>
        <translation>&quot;search.max_accuracy_drop&quot; ist der größte Top-1-Verlust gegenüber Float in Prozentpunkten, von 0 bis 100 (0.5 = ein halber Punkt).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;search.min_agreement&quot; is the smallest share of predictions equal to float&apos;s: a number such as 0.99 or 99.</source>
        <translation>&quot;search.min_agreement&quot; ist der kleinste Anteil an Vorhersagen, die mit Float übereinstimmen: eine Zahl wie 0.99 oder 99.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;search&quot; needs a budget: &quot;max_accuracy_drop&quot; (points) or &quot;min_agreement&quot; (share).</source>
        <translation>&quot;search&quot; braucht ein Budget: &quot;max_accuracy_drop&quot; (Punkte) oder &quot;min_agreement&quot; (Anteil).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;search.objective&quot; is &quot;latency&quot; or &quot;size&quot;.</source>
        <translation>&quot;search.objective&quot; ist &quot;latency&quot; oder &quot;size&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;search.ranking&quot; is &quot;one-on&quot; or &quot;one-off&quot;.</source>
        <translation>&quot;search.ranking&quot; ist &quot;one-on&quot; oder &quot;one-off&quot;.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;search.max_trials&quot; is a whole number from 1 to 10000.</source>
        <translation>&quot;search.max_trials&quot; ist eine ganze Zahl von 1 bis 10000.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;float_layers&quot;: &quot;each&quot; needs the layers of %1, which cannot be opened: %2</source>
        <translation>„float_layers“: „each“ braucht die Schichten von %1, das sich nicht öffnen lässt: %2</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+236"/>
        <source>float %1</source>
        <translation>Float %1</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Cannot read the sweep file %1: %2</source>
        <translation>Die Sweep-Datei %1 lässt sich nicht lesen: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a sweep file: %2</source>
        <translation>%1 ist keine Sweep-Datei: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no JSON object</source>
        <translation>sie enthält kein JSON-Objekt</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Unknown key &quot;%1&quot; in the sweep file: it holds &quot;name&quot;, &quot;spec&quot;, and &quot;grid&quot; or &quot;search&quot;.</source>
        <translation>Unbekannter Schlüssel &quot;%1&quot; in der Sweep-Datei: sie enthält &quot;name&quot;, &quot;spec&quot; und &quot;grid&quot; oder &quot;search&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A sweep file holds &quot;grid&quot; or &quot;search&quot;, not both: a search plans its own items from a sensitivity ranking. Write two sweep files.</source>
        <translation>Eine Sweep-Datei enthält &quot;grid&quot; oder &quot;search&quot;, nicht beides: eine Suche plant ihre Einträge selbst aus einer Sensitivitätsrangfolge. Schreiben Sie zwei Sweep-Dateien.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;name&quot; must be a string.</source>
        <translation>„name“ muss eine Zeichenkette sein.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&quot;spec&quot; names %1, which cannot be read as an experiment spec (JSON).</source>
        <translation>„spec“ nennt %1, das sich nicht als Experimentspezifikation (JSON) lesen lässt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The sweep file needs &quot;spec&quot;: the experiment spec every item starts from, inline or as a file name (quantbench-cli spec --example writes one).</source>
        <translation>Die Sweep-Datei braucht „spec“: die Experimentspezifikation, von der jeder Eintrag ausgeht, direkt oder als Dateiname (quantbench-cli spec --example schreibt eine).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>In &quot;spec&quot;: %1</source>
        <translation>In „spec“: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;grid&quot; must be an object.</source>
        <translation>„grid“ muss ein Objekt sein.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&quot;search&quot; must be an object: {&quot;max_accuracy_drop&quot;: 0.5} at least.</source>
        <translation>&quot;search&quot; muss ein Objekt sein: mindestens {&quot;max_accuracy_drop&quot;: 0.5}.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A search sweep needs a quantizing spec (&quot;quantize&quot;: true): it chooses layers to keep float.</source>
        <translation>Ein Such-Sweep braucht eine quantisierende Spezifikation (&quot;quantize&quot;: true): er wählt Schichten, die Float bleiben.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The grid makes more than the %1 combinations one sweep plans: split it into several sweep files.</source>
        <translation>Das Raster ergibt mehr als die %1 Kombinationen, die ein Sweep plant: teilen Sie es auf mehrere Sweep-Dateien auf.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+17"/>
        <source>sweep</source>
        <translation>Sweep</translation>
    </message>
    <message>
        <location filename="../core/experiment/sweepsearch.cpp" line="+41"/>
        <source>it is not a QuantBench ranking file (format quantbench-ranking/1 with &quot;ranking&quot; and &quot;layers&quot;)</source>
        <translation>sie ist keine QuantBench-Rangfolgedatei (Format quantbench-ranking/1 mit &quot;ranking&quot; und &quot;layers&quot;)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>its &quot;layers&quot; must name each layer once, as {&quot;layer&quot;: NAME, &quot;impact&quot;: NUMBER}</source>
        <translation>ihre &quot;layers&quot; müssen jede Schicht einmal nennen, als {&quot;layer&quot;: NAME, &quot;impact&quot;: ZAHL}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>it is not JSON (%1)</source>
        <translation>sie ist kein JSON (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it ranks another spec or with another ranking mode</source>
        <translation>sie ordnet eine andere Spezifikation oder mit einem anderen Rangfolgemodus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The search&apos;s ranking file %1 cannot be used: %2. Delete it to rank the layers again.</source>
        <translation>Die Rangfolgedatei %1 der Suche ist nicht verwendbar: %2. Löschen Sie sie, um die Schichten neu zu ordnen.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Cannot create the lock %1 beside the search&apos;s ranking file: check that the sweep file&apos;s folder is writable.</source>
        <translation>Die Sperre %1 neben der Rangfolgedatei der Suche lässt sich nicht anlegen: prüfen Sie, ob der Ordner der Sweep-Datei beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cancelled while waiting for the ranking.</source>
        <translation>Beim Warten auf die Rangfolge abgebrochen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>waiting for the ranking that process %1 on %2 computes (if that process is gone, delete %3)</source>
        <translation>warte auf die Rangfolge, die Prozess %1 auf %2 berechnet (gibt es diesen Prozess nicht mehr, löschen Sie %3)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cancelled while ranking the layers.</source>
        <translation>Beim Ordnen der Schichten abgebrochen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ranking the layers for the search failed: %1</source>
        <translation>Das Ordnen der Schichten für die Suche ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../core/experiment/sweep.cpp" line="+25"/>
        <source>--shard takes I/N, shard I of N counted from 0 (e.g. 0/4 ... 3/4), not &quot;%1&quot;.</source>
        <translation>--shard erwartet I/N, Shard I von N, ab 0 gezählt (z. B. 0/4 ... 3/4), nicht „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--shard %1: the number of shards must be at least 1.</source>
        <translation>--shard %1: die Anzahl der Shards muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--shard %1: shards are counted from 0, so with %2 shards the index goes from 0 to %3.</source>
        <translation>--shard %1: Shards werden ab 0 gezählt, bei %2 Shards reicht der Index also von 0 bis %3.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>(the spec as given)</source>
        <translation>(die Spezifikation wie angegeben)</translation>
    </message>
</context>
<context>
    <name>qb::SweepStatusDialog</name>
    <message>
        <location filename="../ui/sweepstatusdialog.cpp" line="+24"/>
        <source>done</source>
        <translation>fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>running</source>
        <translation>laufend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missing</source>
        <translation>fehlend</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Sweep &quot;%1&quot;</source>
        <translation>Sweep „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Varies</source>
        <translation>Variiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the log again: shards running elsewhere keep adding to it</source>
        <translation>Das Protokoll erneut lesen: anderswo laufende Shards fügen weiter hinzu</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This sweep is a search: its trials are planned once the first shard has ranked the layers (into %1). Nothing has run yet.</source>
        <translation>Dieser Sweep ist eine Suche: seine Versuche werden geplant, sobald der erste Shard die Schichten geordnet hat (in %1). Noch ist nichts gelaufen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>No experiment log is open.</source>
        <translation>Kein Experimentprotokoll ist geöffnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 done, %2 running, %3 failed, %4 missing of %5 items, in %6</source>
        <translation>%1 fertig, %2 laufend, %3 fehlgeschlagen, %4 fehlend von %5 Einträgen, in %6</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Best within the budget (%1) so far: #%2, %3 (experiment %4)</source>
        <translation>Bisher bester innerhalb des Budgets (%1): #%2, %3 (Experiment %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None within the budget (%1) so far; the closest: #%2, %3 (experiment %4)</source>
        <translation>Bisher keiner innerhalb des Budgets (%1); am nächsten: #%2, %3 (Experiment %4)</translation>
    </message>
</context>
<context>
    <name>qb::TorchError</name>
    <message>
        <location filename="../core/util/torcherror.cpp" line="+144"/>
        <source>LibTorch&apos;s full report:</source>
        <translation>Vollständiger Bericht von LibTorch:</translation>
    </message>
</context>
<context>
    <name>qb::TrainingChart</name>
    <message>
        <location filename="../charts/trainingchart.cpp" line="+29"/>
        <source>Select a QAT job to see its training curves</source>
        <translation>Wählen Sie einen QAT-Job, um seine Trainingskurven zu sehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>loss</source>
        <translation>Verlust</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch accuracy</source>
        <translation>Batch-Genauigkeit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross-entropy loss</source>
        <translation>Kreuzentropie-Verlust</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch accuracy (%)</source>
        <translation>Batch-Genauigkeit (%)</translation>
    </message>
</context>
<context>
    <name>qb::Workbench</name>
    <message>
        <location filename="../core/workbench/workbench.cpp" line="+192"/>
        <source>Open a model first (File &gt; Open Model).</source>
        <translation>Öffnen Sie zuerst ein Modell (Datei &gt; Modell öffnen).</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source> (%n layer choice(s))</source>
        <translation>
            <numerusform> (%n Schichtauswahl)</numerusform>
            <numerusform> (%n Schichtauswahlen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>this session</source>
        <translation>dieser Sitzung</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1, %2 kept float</source>
        <translation>%1, %2 in Float belassen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
</context>
<context>
    <name>qb::Zoo</name>
    <message>
        <location filename="../core/model/zoo.cpp" line="+308"/>
        <source>There is no zoo model &quot;%1&quot;: choose one of %2.</source>
        <translation>Es gibt kein Zoo-Modell &quot;%1&quot;: Wählen Sie eines von %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Could not build or save the %1 model to %2: %3</source>
        <translation>Das Modell %1 konnte nicht gebaut oder nach %2 gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+123"/>
        <source>resnet18 is built untrained, for speed measurements at ImageNet&apos;s 224x224: it cannot be trained on Fashion-MNIST. Build it without --train.</source>
        <translation>resnet18 wird untrainiert gebaut, für Geschwindigkeitsmessungen bei ImageNets 224x224: Es lässt sich nicht auf Fashion-MNIST trainieren. Bauen Sie es ohne --train.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Training needs labelled data, and %1 has no labels.</source>
        <translation>Training braucht gelabelte Daten, und %1 hat keine Labels.</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>Could not write %1: check the folder is writable.</source>
        <translation>%1 konnte nicht geschrieben werden: Prüfen Sie, ob der Ordner beschreibbar ist.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Training the %1 model failed: %2</source>
        <translation>Das Training des Modells %1 ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>qb::cli</name>
    <message>
        <location filename="../app/cli/cli.cpp" line="+21"/>
        <source>The demo: train the CNN, run every mode on every engine, write a report</source>
        <translation>Die Demo: das CNN trainieren, jeden Modus auf jeder Engine ausführen, einen Bericht schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accuracy, agreement with a float reference, latency</source>
        <translation>Genauigkeit, Übereinstimmung mit einer Float-Referenz, Latenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report LibTorch, quantized engines, CPU, BLAS and threads</source>
        <translation>LibTorch, quantisierte Engines, CPU, BLAS und Threads anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show a TorchScript model&apos;s layer tree and totals</source>
        <translation>Schichtenbaum und Summen eines TorchScript-Modells anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fold experiment logs (a sweep&apos;s shard logs) into one</source>
        <translation>Experimentprotokolle (die Shard-Protokolle eines Sweeps) zu einem zusammenführen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize a model (dynamic, static, hybrid) and report the result</source>
        <translation>Ein Modell quantisieren (dynamisch, statisch, hybrid) und das Ergebnis berichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export experiments as HTML, PDF, Markdown, CSV or JSON</source>
        <translation>Experimente als HTML, PDF, Markdown, CSV oder JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run an experiment spec and record it in the experiment log</source>
        <translation>Eine Experiment-Spezifikation ausführen und im Experimentprotokoll festhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find the layers to keep float to meet an accuracy budget</source>
        <translation>Die in Float zu belassenden Schichten für ein Genauigkeitsbudget finden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank layers by how much quantizing them hurts</source>
        <translation>Schichten danach ordnen, wie sehr ihre Quantisierung schadet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write an example experiment spec, or check one</source>
        <translation>Eine Beispiel-Experimentspezifikation schreiben oder eine prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a grid of experiments, or one shard of it; plan, status, Slurm script</source>
        <translation>Ein Raster von Experimenten ausführen, ganz oder einen Shard davon; Plan, Stand, Slurm-Skript</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exit 1 when a quantized model breaks a tolerance</source>
        <translation>Mit 1 beenden, wenn ein quantisiertes Modell eine Toleranz verletzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a model from QuantBench&apos;s built-in zoo</source>
        <translation>Ein Modell aus dem eingebauten Zoo von QuantBench speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: quantbench-cli [--threads N] COMMAND [OPTIONS]

Commands:
</source>
        <translation>Aufruf: quantbench-cli [--threads N] BEFEHL [OPTIONEN]

Befehle:
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>
Run &apos;quantbench-cli COMMAND --help&apos; for a command&apos;s options.
</source>
        <translation>
&apos;quantbench-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>error: unknown command &quot;%1&quot;.

</source>
        <translation>Fehler: unbekannter Befehl &quot;%1&quot;.

</translation>
    </message>
    <message>
        <location filename="../app/cli/clioutput.cpp" line="+30"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 nimmt eine ganze Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1 takes a number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 nimmt eine Zahl von %2 bis %3, nicht „%4“.</translation>
    </message>
    <message>
        <location filename="../app/cli/cli.cpp" line="-23"/>
        <location filename="../app/cli/clioutput.cpp" line="-113"/>
        <location line="+58"/>
        <location filename="../app/cli/democommand.cpp" line="+184"/>
        <location line="+95"/>
        <location line="+16"/>
        <location line="+6"/>
        <location filename="../app/cli/evalcommand.cpp" line="+81"/>
        <location line="+7"/>
        <location filename="../app/cli/inspectcommand.cpp" line="+55"/>
        <location line="+7"/>
        <location line="+29"/>
        <location filename="../app/cli/mergecommand.cpp" line="+47"/>
        <location filename="../app/cli/quantizecommand.cpp" line="+319"/>
        <location line="+4"/>
        <location line="+24"/>
        <location line="+13"/>
        <location filename="../app/cli/reportcommand.cpp" line="+54"/>
        <location line="+4"/>
        <location filename="../app/cli/runcommand.cpp" line="+44"/>
        <location line="+22"/>
        <location filename="../app/cli/searchcommand.cpp" line="+169"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="+51"/>
        <location line="+2"/>
        <location filename="../app/cli/speccommand.cpp" line="+71"/>
        <location filename="../app/cli/sweepcommand.cpp" line="+149"/>
        <location line="+86"/>
        <location line="+44"/>
        <location line="+6"/>
        <location line="+46"/>
        <location line="+52"/>
        <location line="+32"/>
        <location filename="../app/cli/zoocommand.cpp" line="+105"/>
        <location line="+13"/>
        <location line="+22"/>
        <source>error: %1
</source>
        <translation>Fehler: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/democommand.cpp" line="-255"/>
        <source>demo: float</source>
        <translation>Demo: Float</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>dynamic</source>
        <translation>dynamisch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>static per-tensor</source>
        <translation>statisch pro Tensor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>static per-channel</source>
        <translation>statisch pro Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT</source>
        <translation>QAT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>demo: %1, %2</source>
        <translation>Demo: %1, %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 skipped: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>training: epoch %1/%2, loss %3</source>
        <translation>Training: Epoche %1/%2, Verlust %3</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>demo text: float</source>
        <translation>Demo Text: Float</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo text: dynamic, 8-bit embeddings, %1</source>
        <translation>Demo Text: dynamisch, 8-Bit-Embeddings, %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>demo text: dynamic, 4-bit embeddings, %1</source>
        <translation>Demo Text: dynamisch, 4-Bit-Embeddings, %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>demo text: static, %1</source>
        <translation>Demo Text: statisch, %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>demo %1 from the cache: %2 (test accuracy %3% after %4 epochs)
</source>
        <translation>Demo-%1 aus dem Cache: %2 (Testgenauigkeit %3% nach %4 Epochen)
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>training the demo %1 on %2 (%3 epochs)...
</source>
        <translation>Demo-%1 wird auf %2 trainiert (%3 Epochen)...
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>trained in %1 s (%2 s per epoch, %3 threads): test accuracy %4% on %5 samples; saved %6
</source>
        <translation>trainiert in %1 s (%2 s je Epoche, %3 Threads): Testgenauigkeit %4% auf %5 Beispielen; gespeichert %6
</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+21"/>
        <source>demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: the float model timed again after its variants: %2 ms (%3 ms at the start)
</source>
        <translation>%1: das Float-Modell nach seinen Varianten erneut gemessen: %2 ms (%3 ms zu Beginn)
</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>QuantBench&apos;s demo: train (or load from the cache) the demo CNN on Fashion-MNIST, run a float baseline and dynamic, static per-tensor, static per-channel and QAT quantization on every engine; train the BERT-like text model on a synthetic token task made in C++ (no Debian package ships a text data set) and run it float, dynamic with 8-bit and 4-bit embeddings, and static; store every experiment, print the summary and write report.html.</source>
        <translation>QuantBenchs Demo: das Demo-CNN auf Fashion-MNIST trainieren (oder aus dem Cache laden), eine Float-Basis sowie dynamische, statische (pro Tensor, pro Kanal) und QAT-Quantisierung auf jeder Engine ausführen; das BERT-artige Textmodell auf einer in C++ erzeugten synthetischen Token-Aufgabe trainieren (kein Debian-Paket liefert einen Textdatensatz) und es in Float, dynamisch mit 8- und 4-Bit-Embeddings sowie statisch ausführen; jedes Experiment speichern, die Übersicht ausgeben und report.html schreiben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/reportcommand.cpp" line="-38"/>
        <location filename="../app/cli/runcommand.cpp" line="-43"/>
        <location filename="../app/cli/searchcommand.cpp" line="-139"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="-25"/>
        <source>Experiment log (default: in the user&apos;s data folder).</source>
        <translation>Experimentprotokoll (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/evalcommand.cpp" line="+88"/>
        <location line="+82"/>
        <location filename="../app/cli/quantizecommand.cpp" line="-310"/>
        <location line="+25"/>
        <location line="+1"/>
        <location filename="../app/cli/reportcommand.cpp" line="+0"/>
        <location line="+5"/>
        <location filename="../app/cli/runcommand.cpp" line="+0"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="+0"/>
        <location filename="../app/cli/speccommand.cpp" line="-24"/>
        <location line="+1"/>
        <location line="+2"/>
        <location filename="../app/cli/sweepcommand.cpp" line="-378"/>
        <location line="+4"/>
        <location filename="../app/cli/zoocommand.cpp" line="-62"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Folder for report.html and the quantized models (default: quantbench-demo).</source>
        <translation>Ordner für report.html und die quantisierten Modelle (Standard: quantbench-demo).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/mergecommand.cpp" line="-22"/>
        <location filename="../app/cli/runcommand.cpp" line="+1"/>
        <location filename="../app/cli/searchcommand.cpp" line="+2"/>
        <location filename="../app/cli/sweepcommand.cpp" line="-2"/>
        <location line="+4"/>
        <location filename="../app/cli/zoocommand.cpp" line="+5"/>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training epochs when the CNN is not cached (default 3).</source>
        <translation>Trainingsepochen, wenn das CNN nicht im Cache liegt (Standard 3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/evalcommand.cpp" line="-229"/>
        <location line="+1"/>
        <location line="+154"/>
        <location filename="../app/cli/quantizecommand.cpp" line="-27"/>
        <location line="+11"/>
        <location line="+2"/>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+1"/>
        <location line="+3"/>
        <location filename="../app/cli/searchcommand.cpp" line="-6"/>
        <location filename="../app/cli/sweepcommand.cpp" line="-9"/>
        <location filename="../app/cli/zoocommand.cpp" line="-3"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+2"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything on a few hundred images (for tests): the numbers mean nothing.</source>
        <translation>Alles auf wenigen hundert Bildern (für Tests): Die Zahlen bedeuten nichts.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>error: cannot create the folder %1.
</source>
        <translation>Fehler: Der Ordner %1 kann nicht angelegt werden.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: the demo needs Fashion-MNIST in %1: install Debian&apos;s dataset-fashion-mnist package (packaging/install-deps.sh does).
</source>
        <translation>Fehler: Die Demo braucht Fashion-MNIST in %1: Installieren Sie das Debian-Paket dataset-fashion-mnist (packaging/install-deps.sh erledigt das).
</translation>
    </message>
    <message>
        <location line="+26"/>
        <location filename="../app/cli/quantizecommand.cpp" line="+200"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="+67"/>
        <source>note: %1
</source>
        <translation>Hinweis: %1
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>report: %1
log: %2 (experiments %3-%4)
demo took %5 s
</source>
        <translation>Bericht: %1
Protokoll: %2 (Experimente %3-%4)
Demo dauerte %5 s
</translation>
    </message>
    <message>
        <location filename="../app/cli/envcommand.cpp" line="+14"/>
        <source>Report what this machine and LibTorch build offer for quantization.</source>
        <translation>Anzeigen, was dieser Rechner und dieser LibTorch-Build für die Quantisierung bieten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/evalcommand.cpp" line="+4"/>
        <location line="+75"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: env takes no arguments, got &quot;%1&quot;.
</source>
        <translation>Fehler: env nimmt keine Argumente, erhalten: &quot;%1&quot;.
</translation>
    </message>
    <message>
        <location filename="../app/cli/evalcommand.cpp" line="-239"/>
        <source>Data: fashion-mnist[:train|test], an MNIST-style folder or IDX file, an image folder (one subfolder per class), a .csv file (features, then the label), a torch.save&apos;d tensor file, or synthetic.</source>
        <translation>Daten: fashion-mnist[:train|test], ein Ordner oder eine IDX-Datei im MNIST-Format, ein Bildordner (ein Unterordner pro Klasse), eine .csv-Datei (Merkmale, dann das Label), eine mit torch.save gespeicherte Tensordatei oder synthetic.</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../app/cli/quantizecommand.cpp" line="-217"/>
        <location line="+3"/>
        <location line="+4"/>
        <source>DATA</source>
        <translation>DATEN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size (default 256).</source>
        <translation>Batchgröße (Standard 256).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At most N batches (default: all; 4 for synthetic).</source>
        <translation>Höchstens N Batches (Standard: alle; 4 für synthetic).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/quantizecommand.cpp" line="+8"/>
        <source>The input&apos;s shape, batch first.</source>
        <translation>Die Form der Eingabe, Batch zuerst.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/inspectcommand.cpp" line="-51"/>
        <location filename="../app/cli/quantizecommand.cpp" line="+0"/>
        <source>SHAPE</source>
        <translation>FORM</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>error: name one MODEL file.
</source>
        <translation>Fehler: Geben Sie genau eine MODEL-Datei an.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: give the float model with --reference FILE.
</source>
        <translation>Fehler: Geben Sie das Float-Modell mit --reference DATEI an.
</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Evaluate a model: accuracy on labelled data, agreement with a float reference, latency.</source>
        <translation>Ein Modell evaluieren: Genauigkeit auf gelabelten Daten, Übereinstimmung mit einer Float-Referenz, Latenz.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TorchScript archive, float or quantized.</source>
        <translation>TorchScript-Archiv, Float oder quantisiert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Float model to compare outputs with.</source>
        <translation>Float-Modell, mit dessen Ausgaben verglichen wird.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>accuracy   top-1 %1%, top-5 %2% on %3 samples of %4
</source>
        <translation>Genauigkeit  Top-1 %1%, Top-5 %2% auf %3 Beispielen von %4
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>accuracy   not measured: %1
</source>
        <translation>Genauigkeit  nicht gemessen: %1
</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+79"/>
        <source>error: the outputs could not be compared: %1
</source>
        <translation>Fehler: Die Ausgaben konnten nicht verglichen werden: %1
</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>vs float   SQNR %1 dB, max abs error %2, cosine %3, top-1 agreement %4% (%5 of %6 samples flip)
</source>
        <translation>ggü. Float   SQNR %1 dB, max. abs. Fehler %2, Kosinus %3, Top-1-Übereinstimmung %4% (%5 von %6 Beispielen kippen)
</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>error: timing failed: %1
</source>
        <translation>Fehler: Zeitmessung fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Also time forward passes at these batch sizes (e.g. 1,16,64,256): median, p10, p90, throughput, peak memory.</source>
        <translation>Zusätzlich Vorwärtsdurchläufe mit diesen Batchgrößen messen (z. B. 1,16,64,256): Median, p10, p90, Durchsatz, Spitzenspeicher.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>BATCHES</source>
        <translation>BATCHES</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time per operator (of the model, and of the reference when given), at the first --latency batch size or 64.</source>
        <translation>Zeit pro Operator (des Modells und, falls angegeben, der Referenz), bei der ersten --latency-Batchgröße oder 64.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Intra-op threads for timing (default 1).</source>
        <translation>Intra-op-Threads für die Zeitmessung (Standard 1).</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>latency    batch %1: median %2 ms (p10 %3, p90 %4), %5 samples/s, peak memory %6 MB (+%7 MB), %8 thread(s), %9 runs
</source>
        <translation>Latenz       Batch %1: Median %2 ms (p10 %3, p90 %4), %5 Beispiele/s, Spitzenspeicher %6 MB (+%7 MB), %8 Thread(s), %9 Läufe
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>error: profiling failed: %1
</source>
        <translation>Fehler: Profiling fehlgeschlagen: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>operators of %1 (%2), batch %3, %4 ms per forward:
</source>
        <translation>Operatoren von %1 (%2), Batch %3, %4 ms pro Vorwärtsdurchlauf:
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>  operator</source>
        <translation>  Operator</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>calls</source>
        <translation>Aufrufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>% of forward</source>
        <translation>% des Vorwärtsdurchlaufs</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Carry on and exit 0 when accuracy cannot be measured because the data could not be read or the model failed on it (default: exit 3).</source>
        <translation>Weitermachen und mit 0 enden, wenn die Genauigkeit nicht gemessen werden kann, weil die Daten nicht lesbar waren oder das Modell an ihnen scheiterte (Standard: Exit-Code 3).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>error: accuracy could not be measured: %1
</source>
        <translation>Fehler: Die Genauigkeit konnte nicht gemessen werden: %1
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>--latency takes batch sizes from 1 to %1, like 1,16,64; not &quot;%2&quot;.</source>
        <translation>--latency nimmt Batch-Größen von 1 bis %1, etwa 1,16,64; nicht „%2“.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Check a quantized model against its float reference and exit 1 when a bound does not hold, so tolerances can live in CI.</source>
        <translation>Ein quantisiertes Modell gegen seine Float-Referenz prüfen und mit 1 beenden, wenn eine Grenze nicht eingehalten wird, damit Toleranzen in der CI leben können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantized TorchScript archive.</source>
        <translation>Quantisiertes TorchScript-Archiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The float model (required).</source>
        <translation>Das Float-Modell (erforderlich).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Output SQNR must be at least DB.</source>
        <translation>Die Ausgabe-SQNR muss mindestens DB betragen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>DB</source>
        <translation>DB</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Largest output difference must be at most X.</source>
        <translation>Die größte Ausgabedifferenz darf höchstens X betragen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/quantizecommand.cpp" line="-5"/>
        <location filename="../app/cli/zoocommand.cpp" line="-5"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location filename="../app/cli/searchcommand.cpp" line="-4"/>
        <location line="+2"/>
        <source>P</source>
        <translation>P</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Top-1 agreement must be at least P: 0.99, 99 or 99%.</source>
        <translation>Die Top-1-Übereinstimmung muss mindestens P sein: 0.99, 99 oder 99%.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Top-1 accuracy may fall at most P points (labelled data).</source>
        <translation>Die Top-1-Genauigkeit darf um höchstens P Punkte sinken (gelabelte Daten).</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>error: give at least one bound: --min-sqnr, --max-abs, --min-agreement or --max-accuracy-drop.
</source>
        <translation>Fehler: Geben Sie mindestens eine Grenze an: --min-sqnr, --max-abs, --min-agreement oder --max-accuracy-drop.
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>output SQNR %1 dB is below the bound of %2 dB</source>
        <translation>Ausgabe-SQNR %1 dB liegt unter der Grenze von %2 dB</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max abs error %1 is above the bound of %2</source>
        <translation>max. abs. Fehler %1 liegt über der Grenze von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>top-1 agreement %1% is below the bound of %2%</source>
        <translation>Top-1-Übereinstimmung %1% liegt unter der Grenze von %2%</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: --max-accuracy-drop needs labelled data: %1
</source>
        <translation>Fehler: --max-accuracy-drop braucht gelabelte Daten: %1
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>top-1 accuracy fell %1 points (%2% to %3%), more than the bound of %4</source>
        <translation>Top-1-Genauigkeit sank um %1 Punkte (%2% auf %3%), mehr als die Grenze von %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>ok: every bound holds (SQNR %1 dB, top-1 agreement %2% on %3 samples)
</source>
        <translation>ok: Jede Grenze wird eingehalten (SQNR %1 dB, Top-1-Übereinstimmung %2% auf %3 Beispielen)
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>violated: %1
</source>
        <translation>verletzt: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/inspectcommand.cpp" line="-18"/>
        <source>(model)</source>
        <translation>(Modell)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/quantizecommand.cpp" line="+150"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="-4"/>
        <source>layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/quantizecommand.cpp" line="+0"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="+0"/>
        <source>type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/runcommand.cpp" line="+35"/>
        <location filename="../app/cli/searchcommand.cpp" line="+80"/>
        <source>size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Show a TorchScript model&apos;s layer tree, sizes and weight statistics.</source>
        <translation>Schichtenbaum, Größen und Gewichtsstatistiken eines TorchScript-Modells anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TorchScript archive (.pt) to inspect.</source>
        <translation>Zu untersuchendes TorchScript-Archiv (.pt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print JSON, with weight statistics.</source>
        <translation>JSON ausgeben, mit Gewichtsstatistiken.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The input&apos;s shape, batch first, e.g. 1x1x28x28.</source>
        <translation>Die Form der Eingabe, Batch zuerst, z. B. 1x1x28x28.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: inspect takes one MODEL file, got %1.
</source>
        <translation>Fehler: inspect nimmt genau eine MODEL-Datei, erhalten: %1.
</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>file        %1 (%2)
</source>
        <translation>Datei          %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>parameters  %1 in %2 layers, %3 quantizable
</source>
        <translation>Parameter      %1 in %2 Schichten, %3 quantisierbar
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tensors     %1
</source>
        <translation>Tensoren       %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input       %1 (%2)
</source>
        <translation>Eingabe        %1 (%2)
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>extra files %1
</source>
        <translation>Zusatzdateien  %1
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>warning: %1
</source>
        <translation>Warnung: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="+0"/>
        <source>requested</source>
        <translation>gewünscht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>engine        %1
</source>
        <translation>Engine         %1
</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/searchcommand.cpp" line="+25"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>calibration   %1 batches of %2 in %3 s
</source>
        <translation>Kalibrierung   %1 Batches zu %2 in %3 s
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>QAT           %1 epochs, %2 steps in %3 s; loss %4 -&gt; %5
</source>
        <translation>QAT            %1 Epochen, %2 Schritte in %3 s; Verlust %4 -&gt; %5
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>conversion    %1 s
</source>
        <translation>Konvertierung  %1 s
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>vs float      SQNR %1 dB, max abs error %2, top-1 agreement %3% on %4 samples of %5
</source>
        <translation>ggü. Float     SQNR %1 dB, max. abs. Fehler %2, Top-1-Übereinstimmung %3% auf %4 Beispielen von %5
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>TorchScript archive (.pt) to quantize.</source>
        <translation>Zu quantisierendes TorchScript-Archiv (.pt).</translation>
    </message>
    <message>
        <location line="-264"/>
        <source>dynamic, static, hybrid (static convolutions, dynamic Linear layers) or qat. Default static.</source>
        <translation>dynamic, static, hybrid (statische Faltungen, dynamische Linear-Schichten) oder qat. Standard static.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/searchcommand.cpp" line="-100"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="-64"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantized engine (default: the current one).</source>
        <translation>Quantisierte Engine (Standard: die aktuelle).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+24"/>
        <location filename="../app/cli/sweepcommand.cpp" line="+11"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Per-channel symmetric weights.</source>
        <translation>Symmetrische Gewichte pro Kanal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Per-tensor symmetric weights.</source>
        <translation>Symmetrische Gewichte pro Tensor.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Activation observer: minmax, moving-average, percentile:99.99, mse. Default: the engine preset&apos;s (mse).</source>
        <translation>Aktivierungs-Observer: minmax, moving-average, percentile:99.99, mse. Standard: der des Engine-Presets (mse).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/sweepcommand.cpp" line="-13"/>
        <source>KIND</source>
        <translation>ART</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers (and their children) to keep in float.</source>
        <translation>Schichten (und ihre Kinder), die in Float bleiben.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a,b</source>
        <translation>a,b</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quantize only these layers (and their children).</source>
        <translation>Nur diese Schichten (und ihre Kinder) quantisieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>c,d</source>
        <translation>c,d</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Row width of the weight-only embeddings: 8 (default) or 4 bits per weight.</source>
        <translation>Zeilenbreite der nur in den Gewichten quantisierten Embeddings: 8 (Standard) oder 4 Bit je Gewicht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A quantization config as JSON (overrides the options above).</source>
        <translation>Eine Quantisierungskonfiguration als JSON (überschreibt die Optionen oben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration data: fashion-mnist[:train|test], an MNIST-style folder or IDX file, an image folder (one subfolder per class), a .csv file, a torch.save&apos;d tensor or (inputs, labels), or synthetic (the default).</source>
        <translation>Kalibrierungsdaten: fashion-mnist[:train|test], ein Ordner oder eine IDX-Datei im MNIST-Format, ein Bildordner (ein Unterordner pro Klasse), eine .csv-Datei, ein mit torch.save gespeicherter Tensor oder (inputs, labels), oder synthetic (Standard).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data to compare float and quantized outputs on (and accuracy, when labelled). Default: the calibration data&apos;s test split, or other synthetic inputs.</source>
        <translation>Daten, auf denen Float- und quantisierte Ausgaben verglichen werden (und die Genauigkeit, wenn gelabelt). Standard: der Test-Split der Kalibrierungsdaten oder andere synthetische Eingaben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Evaluate on at most N batches (default: all of a data set, as many as calibration for synthetic).</source>
        <translation>Auf höchstens N Batches evaluieren (Standard: alle eines Datensatzes, bei synthetic so viele wie bei der Kalibrierung).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>QAT training data, labelled (default fashion-mnist:train).</source>
        <translation>QAT-Trainingsdaten, gelabelt (Standard fashion-mnist:train).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT epochs (default 1).</source>
        <translation>QAT-Epochen (Standard 1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT steps per epoch (default 100).</source>
        <translation>QAT-Schritte pro Epoche (Standard 100).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT learning rate (default 1e-4).</source>
        <translation>QAT-Lernrate (Standard 1e-4).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>QAT optimizer: adam or sgd (default adam).</source>
        <translation>QAT-Optimierer: adam oder sgd (Standard adam).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop updating QAT ranges after this many epochs.</source>
        <translation>Die QAT-Wertebereiche nach so vielen Epochen nicht mehr aktualisieren.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>K</source>
        <translation>K</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Calibration batches (default 8).</source>
        <translation>Kalibrierungs-Batches (Standard 8).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Batch size (default 32).</source>
        <translation>Batchgröße (Standard 32).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also time both models over N runs (default 0: no timing).</source>
        <translation>Außerdem beide Modelle über N Läufe messen (Standard 0: keine Zeitmessung).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --bench-runs: also time batch sizes 1-256 on 1 to all cores, float and quantized.</source>
        <translation>Mit --bench-runs: zusätzlich Batchgrößen 1-256 auf 1 bis allen Kernen messen, Float und quantisiert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also measure each layer&apos;s SQNR and weight error.</source>
        <translation>Außerdem SQNR und Gewichtsfehler jeder Schicht messen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the quantized TorchScript model here.</source>
        <translation>Das quantisierte TorchScript-Modell hier speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Experiment log to record the run in (default: in the user&apos;s data folder).</source>
        <translation>Experimentprotokoll, in dem der Lauf festgehalten wird (Standard: im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do not record the run in the experiment log.</source>
        <translation>Den Lauf nicht im Experimentprotokoll festhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>--embedding-bits must be 8 or 4, not &quot;%1&quot;.</source>
        <translation>--embedding-bits muss 8 oder 4 sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>weights dB</source>
        <translation>Gewichte dB</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>coverage      %1 quantized ops (%2), %3 float compute ops (%4), %5 float island ops (%6), %7 quantize, %8 dequantize
</source>
        <translation>Abdeckung     %1 quantisierte Ops (%2), %3 Float-Rechenops (%4), %5 Float-Insel-Ops (%6), %7 Quantize, %8 Dequantize
</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>latency       %1 ms median at batch %2, %3x against the faster float form
</source>
        <translation>Latenz        %1 ms Median bei Batch %2, %3x gegenüber der schnelleren Float-Form
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>size          %1, %2x the float model&apos;s file (%3)
</source>
        <translation>Größe         %1, das %2-Fache der Datei des Float-Modells (%3)
</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Quantize a TorchScript model, compare it with the float model, record the run in the experiment log and report what changed.</source>
        <translation>Ein TorchScript-Modell quantisieren, mit dem Float-Modell vergleichen, den Lauf im Experimentprotokoll festhalten und berichten, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>quantize takes one MODEL file, got %1.</source>
        <translation>quantize nimmt genau eine MODEL-Datei, erhalten: %1.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>recorded      experiment %1 in %2
</source>
        <translation>protokolliert Experiment %1 in %2
</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>--per-channel and --per-tensor contradict each other: pick one.</source>
        <translation>--per-channel und --per-tensor widersprechen sich: Wählen Sie eines.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--skip and --only contradict each other: use one.</source>
        <translation>--skip und --only widersprechen sich: Verwenden Sie eines.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--mode must be dynamic, static, hybrid or qat, not &quot;%1&quot;.</source>
        <translation>--mode muss dynamic, static, hybrid oder qat sein, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the engine &quot;%1&quot; is not in this LibTorch build; it has: %2.</source>
        <translation>die Engine &quot;%1&quot; ist in diesem LibTorch-Build nicht enthalten; vorhanden sind: %2.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>--optimizer must be adam or sgd.</source>
        <translation>--optimizer muss adam oder sgd sein.</translation>
    </message>
    <message>
        <location line="+144"/>
        <source>accuracy      float %1%, quantized %2% (%3 points) on %4 labelled samples
</source>
        <translation>Genauigkeit    Float %1%, quantisiert %2% (%3 Punkte) auf %4 gelabelten Beispielen
</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>(add --no-log to quantize without recording the run)
</source>
        <translation>(mit --no-log quantisieren, ohne den Lauf festzuhalten)
</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>saved         %1
</source>
        <translation>gespeichert    %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommand.cpp" line="-7"/>
        <source>Export experiments from the log as a report: a summary table, per-layer tables, the environment and the specs; HTML and PDF with charts.</source>
        <translation>Experimente aus dem Protokoll als Bericht exportieren: eine Übersichtstabelle, Tabellen pro Schicht, die Umgebung und die Spezifikationen; HTML und PDF mit Diagrammen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Experiment ids: all (default) or a list like 3,5,7-9.</source>
        <translation>Experiment-IDs: all (Standard) oder eine Liste wie 3,5,7-9.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IDS</source>
        <translation>IDS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>html, pdf, md, csv or json (default: from --out&apos;s extension).</source>
        <translation>html, pdf, md, csv oder json (Standard: nach der Endung von --out).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The report file.</source>
        <translation>Die Berichtsdatei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>say where to write the report with --out FILE.</source>
        <translation>Geben Sie mit --out DATEI an, wohin der Bericht geschrieben wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the report format is html, pdf, md, csv or json, not &quot;%1&quot;.</source>
        <translation>das Berichtsformat ist html, pdf, md, csv oder json, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: there is no experiment log at %1 yet: run an experiment first, or name a log with --db.
</source>
        <translation>Fehler: Unter %1 gibt es noch kein Experimentprotokoll: Führen Sie zuerst ein Experiment aus oder geben Sie mit --db ein Protokoll an.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: there is no experiment log at %1: check the path.
</source>
        <translation>Fehler: Unter %1 gibt es kein Experimentprotokoll: Prüfen Sie den Pfad.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>wrote %1 (%2 experiments)
</source>
        <translation>%1 geschrieben (%2 Experimente)
</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="-38"/>
        <source>Run an experiment spec (JSON) and record it in the experiment log.</source>
        <translation>Eine Experiment-Spezifikation (JSON) ausführen und im Experimentprotokoll festhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="-3"/>
        <source>Experiment spec, JSON.</source>
        <translation>Experiment-Spezifikation, JSON.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder for the quantized model (default: next to the log).</source>
        <translation>Ordner für das quantisierte Modell (Standard: neben dem Protokoll).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the stored row as JSON.</source>
        <translation>Die gespeicherte Zeile als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>run takes one SPEC file.</source>
        <translation>run nimmt genau eine SPEC-Datei.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location filename="../app/cli/searchcommand.cpp" line="+88"/>
        <location filename="../app/cli/sweepcommand.cpp" line="+72"/>
        <location line="+77"/>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>mode</source>
        <translation>Modus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>engine</source>
        <translation>Engine</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/searchcommand.cpp" line="+1"/>
        <source>latency ms</source>
        <translation>Latenz ms</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>speedup</source>
        <translation>Beschleunigung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy %</source>
        <translation>Genauigkeit %</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../app/cli/searchcommand.cpp" line="+0"/>
        <source>agreement %</source>
        <translation>Übereinstimmung %</translation>
    </message>
    <message>
        <location filename="../app/cli/quantizecommand.cpp" line="-139"/>
        <location filename="../app/cli/runcommand.cpp" line="+0"/>
        <location filename="../app/cli/sensitivitycommand.cpp" line="+68"/>
        <source>SQNR dB</source>
        <translation>SQNR dB</translation>
    </message>
    <message>
        <location filename="../app/cli/runcommand.cpp" line="+7"/>
        <source>log: %1
</source>
        <translation>Protokoll: %1
</translation>
    </message>
    <message>
        <location filename="../app/cli/searchcommand.cpp" line="+26"/>
        <source>Find the layers to keep in float so the spec meets an accuracy budget, as fast (or small) as possible. Every trial is an experiment in the log.</source>
        <translation>Die in Float zu belassenden Schichten finden, mit denen die Spezifikation ein Genauigkeitsbudget einhält, so schnell (oder klein) wie möglich. Jeder Versuch ist ein Experiment im Protokoll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment spec, JSON: the fully quantized starting point.</source>
        <translation>Experiment-Spezifikation, JSON: der vollständig quantisierte Ausgangspunkt.</translation>
    </message>
    <message>
        <location line="-124"/>
        <source>Largest top-1 drop against float, in points (0.5 = half a point).</source>
        <translation>Größter Top-1-Verlust gegenüber Float, in Prozentpunkten (0.5 = ein halber Punkt).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>latency (default) or size.</source>
        <translation>latency (Standard) oder size.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>WHAT</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop after N trials (default 20).</source>
        <translation>Nach N Versuchen anhalten (Standard 20).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop starting trials after S seconds.</source>
        <translation>Nach S Sekunden keine Versuche mehr starten.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitivity sweep that orders the fallbacks: one-on (default) or one-off.</source>
        <translation>Sensitivitätsdurchlauf, der die Rückfälle ordnet: one-on (Standard) oder one-off.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the trials&apos; quantized models (default: next to the log).</source>
        <translation>Ordner für die quantisierten Modelle der Versuche (Standard: neben dem Protokoll).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>float model (frozen, optimized), timed once for every trial: %1 ms
</source>
        <translation>Float-Modell (eingefroren, optimiert), einmal für alle Versuche gemessen: %1 ms
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>best: experiment %1 (%2), float layers: %3
</source>
        <translation>bestes: Experiment %1 (%2), Float-Schichten: %3
</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>search takes one SPEC file.</source>
        <translation>search nimmt genau eine SPEC-Datei.</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>give a budget: --max-accuracy-drop P or --min-agreement P.</source>
        <translation>Geben Sie ein Budget an: --max-accuracy-drop P oder --min-agreement P.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--objective is latency or size, not &quot;%1&quot;.</source>
        <translation>--objective ist latency oder size, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Smallest share of predictions equal to float&apos;s: 0.99, 99 or 99%.</source>
        <translation>Kleinster Anteil der Vorhersagen, die denen des Float-Modells gleichen: 0.99, 99 oder 99%.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only choose float layers for the given config: with --objective latency the search otherwise also tries dynamic, static and hybrid, and float for layers int8 slows down.</source>
        <translation>Nur Float-Schichten für die angegebene Konfiguration wählen: Mit --objective latency probiert die Suche sonst auch dynamisch, statisch und hybrid sowie Float für Schichten, die int8 verlangsamt.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>--ranking is one-on or one-off, not &quot;%1&quot;.</source>
        <translation>--ranking ist one-on oder one-off, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>budget: %1; objective: %2; sensitivity order: %3
</source>
        <translation>Budget: %1; Ziel: %2; Sensitivitätsreihenfolge: %3
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>float layers</source>
        <translation>Float-Schichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>within</source>
        <translation>im Budget</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy change</source>
        <translation>Genauigkeitsänderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>size bytes</source>
        <translation>Größe in Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the same, timed again after the last trial: %1 ms (the noise between trials is of this size)
</source>
        <translation>dasselbe, nach dem letzten Versuch erneut gemessen: %1 ms (das Rauschen zwischen Versuchen hat diese Größe)
</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no trial met the budget; closest: experiment %1, %2 points short
</source>
        <translation>kein Versuch hat das Budget eingehalten; am nächsten: Experiment %1, %2 Punkte zu wenig
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>stopped: %1; %2 trials stored under search %3 in %4
</source>
        <translation>angehalten: %1; %2 Versuche unter Suche %3 in %4 gespeichert
</translation>
    </message>
    <message>
        <location filename="../app/cli/sensitivitycommand.cpp" line="-70"/>
        <source>Rank a spec&apos;s layers by how much quantizing them hurts. The model is calibrated once and each variant is a simulation, so L layers cost about L evaluations of the spec&apos;s evaluation data.</source>
        <translation>Die Schichten einer Spezifikation danach ordnen, wie sehr ihre Quantisierung schadet. Das Modell wird einmal kalibriert und jede Variante ist eine Simulation, daher kosten L Schichten etwa L Evaluierungen auf den Evaluierungsdaten der Spezifikation.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>one-on: each layer quantized alone (default); one-off: everything quantized but that layer.</source>
        <translation>one-on: jede Schicht allein quantisiert (Standard); one-off: alles quantisiert außer dieser Schicht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print the ranking as JSON.</source>
        <translation>Die Rangfolge als JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>sensitivity takes one SPEC file.</source>
        <translation>sensitivity nimmt genau eine SPEC-Datei.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--mode is one-on or one-off, not &quot;%1&quot;.</source>
        <translation>--mode ist one-on oder one-off, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>alone int8</source>
        <translation>allein int8</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>alone float</source>
        <translation>allein Float</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 sweep over %2 layers (%3), calibrated once in %4 s, %5 variants in %6 s
</source>
        <translation>%1-Durchlauf über %2 Schichten (%3), einmal kalibriert in %4 s, %5 Varianten in %6 s
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>float accuracy %1%, everything quantized %2%
</source>
        <translation>Float-Genauigkeit %1%, alles quantisiert %2%
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>everything quantized: agreement %1%, SQNR %2 dB
</source>
        <translation>alles quantisiert: Übereinstimmung %1%, SQNR %2 dB
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>impact (points)</source>
        <translation>Auswirkung (Punkte)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>stored as experiment %1 in %2
</source>
        <translation>als Experiment %1 in %2 gespeichert
</translation>
    </message>
    <message>
        <location filename="../app/cli/zoocommand.cpp" line="-6"/>
        <source>Build a model of QuantBench&apos;s zoo, untrained or trained on Fashion-MNIST.</source>
        <translation>Ein Modell aus dem Zoo von QuantBench bauen, untrainiert oder auf Fashion-MNIST trainiert.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Model: %1.</source>
        <translation>Modell: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where to write the TorchScript archive (default with --train: the cache in the user&apos;s data folder).</source>
        <translation>Wohin das TorchScript-Archiv geschrieben wird (Standard mit --train: der Cache im Datenordner des Benutzers).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Train on Fashion-MNIST&apos;s training split and report test accuracy.</source>
        <translation>Auf dem Trainings-Split von Fashion-MNIST trainieren und die Testgenauigkeit berichten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training epochs (default 2).</source>
        <translation>Trainingsepochen (Standard 2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam learning rate (default 1e-3).</source>
        <translation>Adam-Lernrate (Standard 1e-3).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train on the first N shuffled samples only.</source>
        <translation>Nur auf den ersten N gemischten Beispielen trainieren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST-style folder (default: Debian&apos;s Fashion-MNIST).</source>
        <translation>Ordner im MNIST-Format (Standard: das Fashion-MNIST von Debian).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intra-op threads while training (default: all cores).</source>
        <translation>Intra-op-Threads beim Training (Standard: alle Kerne).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --train: reuse the trained model if it is already there.</source>
        <translation>Mit --train: das trainierte Modell wiederverwenden, wenn es schon vorhanden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed (default 0).</source>
        <translation>Zufallsstartwert (Standard 0).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name one zoo model: %1.</source>
        <translation>Nennen Sie ein Zoo-Modell: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--seed takes a whole number, got &quot;%1&quot;.</source>
        <translation>--seed erwartet eine ganze Zahl, erhalten: &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>say where to write the model with --out FILE (or add --train).</source>
        <translation>Geben Sie mit --out DATEI an, wohin das Modell geschrieben wird (oder fügen Sie --train hinzu).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>wrote %1 (untrained %2, %3 bytes)
</source>
        <translation>%1 geschrieben (untrainiert %2, %3 Bytes)
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>test accuracy %1% on %2 samples (%3 threads)
</source>
        <translation>Testgenauigkeit %1% auf %2 Beispielen (%3 Threads)
</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>cached %1: test accuracy %2% after %3 epochs
</source>
        <translation>%1 aus dem Cache: Testgenauigkeit %2% nach %3 Epochen
</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>--data does not apply to bert, which trains on the token task.</source>
        <translation>--data gilt nicht für bert, das auf der Token-Aufgabe trainiert.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>training was cancelled</source>
        <translation>das Training wurde abgebrochen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>epoch %1: loss %2, %3 s
</source>
        <translation>Epoche %1: Verlust %2, %3 s
</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saved %1
</source>
        <translation>%1 gespeichert
</translation>
    </message>
    <message>
        <location filename="../app/cli/speccommand.cpp" line="-24"/>
        <source>example: static int8, %1</source>
        <translation>Beispiel: statisch int8, %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write an example experiment spec to start from (--example), or check one (--check): the spec that run, sensitivity and search take.</source>
        <translation>Eine Beispiel-Experimentspezifikation als Ausgangspunkt schreiben (--example) oder eine prüfen (--check): die Spezifikation, die run, sensitivity und search lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print (or with --out, write) an example spec.</source>
        <translation>Eine Beispielspezifikation ausgeben (oder mit --out schreiben).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The model the example names (default: model.pt).</source>
        <translation>Das Modell, das das Beispiel nennt (Standard: model.pt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the example here instead of printing it.</source>
        <translation>Das Beispiel hierhin schreiben, statt es auszugeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Read a spec and say what is wrong with it, if anything.</source>
        <translation>Eine Spezifikation lesen und sagen, was daran falsch ist, falls etwas.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>give one of --example or --check FILE.</source>
        <translation>geben Sie entweder --example oder --check DATEI an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: a valid spec (%2, model %3)
</source>
        <translation>%1: eine gültige Spezifikation (%2, Modell %3)
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <location filename="../app/cli/mergecommand.cpp" line="-6"/>
        <source>Fold experiment logs (a sweep&apos;s per-shard logs, a colleague&apos;s log) into one. Merging again adds nothing; experiments still running are left for a later merge. Artifacts stay where they are unless --copy-artifacts is given.</source>
        <translation>Experimentprotokolle (die Shard-Protokolle eines Sweeps, das Protokoll einer Kollegin) zu einem zusammenführen. Erneutes Zusammenführen fügt nichts hinzu; noch laufende Experimente bleiben für ein späteres Zusammenführen. Artefakte bleiben, wo sie sind, außer mit --copy-artifacts.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The log to merge into (created if missing).</source>
        <translation>Das Zielprotokoll (wird angelegt, wenn es fehlt).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs to merge from; they are only read.</source>
        <translation>Protokolle, aus denen zusammengeführt wird; sie werden nur gelesen.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IN...</source>
        <translation>EIN...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy each merged experiment&apos;s artifacts into DIR and refer to the copies.</source>
        <translation>Die Artefakte jedes übernommenen Experiments nach DIR kopieren und auf die Kopien verweisen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print what was merged as JSON.</source>
        <translation>Ausgeben, was zusammengeführt wurde, als JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>merge takes the log to merge into, then at least one log to merge from.</source>
        <translation>merge erwartet das Zielprotokoll und dann mindestens ein Quellprotokoll.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>from</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>still running</source>
        <translation>läuft noch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 now holds %2 experiments (%3 added</source>
        <translation>%1 enthält jetzt %2 Experimente (%3 hinzugefügt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, %1 artifacts copied to %2</source>
        <translation>, %1 Artefakte nach %2 kopiert</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n experiment(s) still running were left out: merge again once they end.
</source>
        <translation>
            <numerusform>%n noch laufendes Experiment wurde ausgelassen: führen Sie erneut zusammen, sobald es endet.
</numerusform>
            <numerusform>%n noch laufende Experimente wurden ausgelassen: führen Sie erneut zusammen, sobald sie enden.
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/cli/sweepcommand.cpp" line="-155"/>
        <source>Print the work items with their stable ids, and run nothing.</source>
        <translation>Die Arbeitseinträge mit ihren stabilen IDs ausgeben und nichts ausführen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run shard I of N only (counted from 0): every N-th item from the I-th. Items already finished in the log are skipped.</source>
        <translation>Nur Shard I von N ausführen (ab 0 gezählt): jeden N-ten Eintrag ab dem I-ten. Im Protokoll bereits abgeschlossene Einträge werden übersprungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I/N</source>
        <translation>I/N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show which items are done, running, failed or missing in the log(s); exit 1 until all are done.</source>
        <translation>Zeigen, welche Einträge in den Protokollen fertig, laufend, fehlgeschlagen oder fehlend sind; Rückgabewert 1, bis alle fertig sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write a job script instead of running: slurm.</source>
        <translation>Statt auszuführen ein Job-Skript schreiben: slurm.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --emit or --status: the number of shards (default 4 for --emit).</source>
        <translation>Mit --emit oder --status: die Anzahl der Shards (Standard 4 bei --emit).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experiment log; &quot;{shard}&quot; in it becomes the shard&apos;s index, so each task can write its own (merge them afterwards). --status takes several.</source>
        <translation>Experimentprotokoll; „{shard}“ darin wird zum Index des Shards, so dass jede Aufgabe ihr eigenes schreiben kann (danach zusammenführen). --status nimmt mehrere.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for the quantized models (default: next to the log).</source>
        <translation>Ordner für die quantisierten Modelle (Standard: neben dem Protokoll).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --emit: write the script here instead of printing it.</source>
        <translation>Mit --emit: das Skript hierhin schreiben statt es auszugeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --emit slurm: the folder for each task&apos;s output (default: slurm-logs beside the sweep file).</source>
        <translation>Mit --emit slurm: der Ordner für die Ausgabe jeder Aufgabe (Standard: slurm-logs neben der Sweep-Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --emit slurm: the partition to submit to.</source>
        <translation>Mit --emit slurm: die Partition, an die übergeben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With --emit slurm: each task&apos;s time limit, as sbatch --time takes it.</source>
        <translation>Mit --emit slurm: das Zeitlimit jeder Aufgabe, wie sbatch --time es nimmt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LIMIT</source>
        <translation>LIMIT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>With --plan or --status: print JSON.</source>
        <translation>Mit --plan oder --status: JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a search sweep: rank the layers now (stored in --db, and in a ranking file beside the sweep file) and plan; otherwise the first shard to start does it.</source>
        <translation>Für einen Such-Sweep: die Schichten jetzt ordnen (gespeichert in --db und in einer Rangfolgedatei neben der Sweep-Datei) und planen; sonst tut es der erste startende Shard.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>sweep &quot;%1&quot; is a search (%2, %3 ranking, at most %n trial(s)): its items are the trials with the k most sensitive layers kept float, so they are planned once the layers are ranked. The first shard to start ranks them, or run: quantbench-cli sweep %4 --prepare --db LOG
</source>
        <translation>
            <numerusform>Sweep &quot;%1&quot; ist eine Suche (%2, Rangfolge %3, höchstens %n Versuch): seine Einträge sind die Versuche mit den k empfindlichsten Schichten in Float, daher werden sie geplant, sobald die Schichten geordnet sind. Der erste startende Shard ordnet sie, oder führen Sie aus: quantbench-cli sweep %4 --prepare --db LOG
</numerusform>
            <numerusform>Sweep &quot;%1&quot; ist eine Suche (%2, Rangfolge %3, höchstens %n Versuche): seine Einträge sind die Versuche mit den k empfindlichsten Schichten in Float, daher werden sie geplant, sobald die Schichten geordnet sind. Der erste startende Shard ordnet sie, oder führen Sie aus: quantbench-cli sweep %4 --prepare --db LOG
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+77"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+77"/>
        <source>model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-77"/>
        <location line="+77"/>
        <source>varies</source>
        <translation>variiert</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>shard</source>
        <translation>Shard</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>sweep &quot;%1&quot;: %n item(s)
</source>
        <translation>
            <numerusform>Sweep „%1“: %n Eintrag
</numerusform>
            <numerusform>Sweep „%1“: %n Einträge
</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>No item has run yet.
</source>
        <translation>Noch ist kein Eintrag gelaufen.
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>state</source>
        <translation>Stand</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>experiment</source>
        <translation>Experiment</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 done, %2 running, %3 failed, %4 missing of %5
</source>
        <translation>%1 fertig, %2 laufend, %3 fehlgeschlagen, %4 fehlend von %5
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no log yet at %1)
</source>
        <translation>(noch kein Protokoll unter %1)
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>best within the budget (%1) so far: #%2 %3 %4, experiment %5
</source>
        <translation>bisher bester innerhalb des Budgets (%1): #%2 %3 %4, Experiment %5
</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>none within the budget (%1) so far; the closest: #%2 %3 %4, experiment %5
</source>
        <translation>bisher keiner innerhalb des Budgets (%1); am nächsten: #%2 %3 %4, Experiment %5
</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--emit knows slurm, not &quot;%1&quot;.</source>
        <translation>--emit kennt slurm, nicht „%1“.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>error: the folder for the tasks&apos; output, %1, holds a line break or another control character, which an #SBATCH line cannot carry: choose another with --logs.
</source>
        <translation>Fehler: der Ordner für die Ausgaben der Tasks, %1, enthält einen Zeilenumbruch oder ein anderes Steuerzeichen, das eine #SBATCH-Zeile nicht tragen kann: wählen Sie mit --logs einen anderen.
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>error: cannot create the folder %1 for the tasks&apos; output.
</source>
        <translation>Fehler: der Ordner %1 für die Ausgabe der Aufgaben lässt sich nicht anlegen.
</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>wrote %1: submit it with sbatch %1, then merge the shard logs with quantbench-cli merge OUT %2
</source>
        <translation>%1 geschrieben: übergeben Sie es mit sbatch %1 und führen Sie danach die Shard-Protokolle mit quantbench-cli merge ZIEL %2 zusammen
</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>wrote %1: submit it with sbatch %1; every task records into %2
</source>
        <translation>%1 geschrieben: übergeben Sie es mit sbatch %1; jede Aufgabe zeichnet in %2 auf
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sweep &quot;%1&quot; is a search: its trials come from the layers&apos; %2 ranking in %3
</source>
        <translation>Sweep &quot;%1&quot; ist eine Suche: seine Versuche kommen aus der %2-Rangfolge der Schichten in %3
</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>ranked the layers here (stored in %1): %n trial(s) planned
</source>
        <translation>
            <numerusform>Schichten hier geordnet (gespeichert in %1): %n Versuch geplant
</numerusform>
            <numerusform>Schichten hier geordnet (gespeichert in %1): %n Versuche geplant
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>another process ranked the layers: %n trial(s) planned
</source>
        <translation>
            <numerusform>ein anderer Prozess hat die Schichten geordnet: %n Versuch geplant
</numerusform>
            <numerusform>ein anderer Prozess hat die Schichten geordnet: %n Versuche geplant
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>sweep &quot;%1&quot;, shard %2/%3: %n item(s)</source>
        <translation>
            <numerusform>Sweep „%1“, Shard %2/%3: %n Eintrag</numerusform>
            <numerusform>Sweep „%1“, Shard %2/%3: %n Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, log %1
</source>
        <translation>, Protokoll %1
</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: already done (experiment %2), skipped
</source>
        <translation>%1: schon fertig (Experiment %2), übersprungen
</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>sweep %1, shard %2/%3</source>
        <translation>Sweep %1, Shard %2/%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no shared float timing (%2); each item times float itself
</source>
        <translation>%1: keine gemeinsame Float-Zeitmessung (%2); jeder Eintrag misst Float selbst
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: done, experiment %2, %3 ms, %4x, in %5 s
</source>
        <translation>%1: fertig, Experiment %2, %3 ms, %4x, in %5 s
</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, experiment %3: %4
</source>
        <translation>%1: %2, Experiment %3: %4
</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>shard %1/%2: %3 run, %4 already done, %5 failed, in %6 s
</source>
        <translation>Shard %1/%2: %3 ausgeführt, %4 schon fertig, %5 fehlgeschlagen, in %6 s
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Run a grid of experiments from a sweep file (README, &quot;Running on a cluster&quot;), whole or one shard at a time; plan it, follow its progress, or write a Slurm job-array script for it.</source>
        <translation>Ein Raster von Experimenten aus einer Sweep-Datei ausführen (README, „Running on a cluster“), ganz oder shardweise; es planen, seinen Stand verfolgen oder ein Slurm-Job-Array-Skript dafür schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sweep file, JSON.</source>
        <translation>Sweep-Datei, JSON.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sweep takes one SWEEP file.</source>
        <translation>sweep erwartet eine SWEEP-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give at most one of --plan, --status, --emit and --prepare.</source>
        <translation>geben Sie höchstens eines von --plan, --status, --emit und --prepare an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>--shard selects what to run or plan; --status and --emit cover every shard.</source>
        <translation>--shard wählt, was ausgeführt oder geplant wird; --status und --emit umfassen alle Shards.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>error: the sweep %1 has no items.
</source>
        <translation>Fehler: der Sweep %1 hat keine Einträge.
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--db %1 names one log per shard: say how many with --shards N.</source>
        <translation>--db %1 nennt ein Protokoll je Shard: geben Sie deren Anzahl mit --shards N an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a sweep run writes one log: give --db once.</source>
        <translation>ein Sweep-Lauf schreibt ein Protokoll: geben Sie --db einmal an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--prepare ranks the layers of a search sweep; %1 is a grid.</source>
        <translation>--prepare ordnet die Schichten eines Such-Sweeps; %1 ist ein Raster.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--prepare writes one log: give --db without {shard}.</source>
        <translation>--prepare schreibt ein Protokoll: geben Sie --db ohne {shard} an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--db names one log per shard: run one shard with --shard I/N.</source>
        <translation>--db nennt ein Protokoll je Shard: führen Sie mit --shard I/N einen Shard aus.</translation>
    </message>
</context>
<context>
    <name>qb::plots</name>
    <message>
        <location filename="../charts/comparisonplots.cpp" line="+65"/>
        <source>size (MB)</source>
        <translation>Größe (MB)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency, median (ms)</source>
        <translation>Latenz, Median (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>top-1 accuracy (%)</source>
        <translation>Top-1-Genauigkeit (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>agreement with float (%)</source>
        <translation>Übereinstimmung mit Float (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output SQNR (dB)</source>
        <translation>Ausgabe-SQNR (dB)</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>experiments</source>
        <translation>Experimente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Pareto front</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>, threads: %1</source>
        <translation>, Threads: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>float (#%1)</source>
        <translation>Float (#%1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>latency per sample (µs, median)</source>
        <translation>Latenz pro Beispiel (µs, Median)</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>activation SQNR (dB), higher is better</source>
        <translation>Aktivierungs-SQNR (dB), höher ist besser</translation>
    </message>
</context>
</TS>
