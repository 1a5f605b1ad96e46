// Validates several EPUBs in one JVM (EPUBCheck's schemas are loaded once):
//   java -cp /usr/bin/epubcheck test/EpubcheckBatch.java a.epub b.epub ...
// Prints EPUBCheck's messages, then one line per book:
//   BOOK <path> fatals=<n> errors=<n> warnings=<n>
import com.adobe.epubcheck.api.EpubCheck;
import com.adobe.epubcheck.util.DefaultReportImpl;
import java.io.File;

public class EpubcheckBatch {
  public static void main(String[] args) {
    for (String path : args) {
      DefaultReportImpl report = new DefaultReportImpl(path);
      new EpubCheck(new File(path), report).doValidate();
      System.out.println("BOOK " + path + " fatals=" + report.getFatalErrorCount() + " errors=" + report.getErrorCount() + " warnings=" + report.getWarningCount());
    }
  }
}
