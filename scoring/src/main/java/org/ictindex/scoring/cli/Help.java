package org.ictindex.scoring.cli;

/** The text of {@code --help}, in Vietnamese and English. */
final class Help {

  private static final String VI =
      """
      ictindex-scoring: kiểm tra một gói dữ liệu Chỉ số ICT, tính và đối chiếu kết quả.

      Cách dùng:
        java -jar ictindex-scoring.jar validate --package GÓI [--previous GÓI_NĂM_TRƯỚC]
        java -jar ictindex-scoring.jar results --package GÓI [--previous GÓI_NĂM_TRƯỚC]
            [--uncertainty SỐ_LẦN [--seed S] [--epsilon E]] [--format json|csv]
        java -jar ictindex-scoring.jar verify --package GÓI [--previous GÓI_NĂM_TRƯỚC]
            --expected KẾT_QUẢ.json [--uncertainty SỐ_LẦN [--seed S] [--epsilon E]]

      GÓI là một tệp .zip hoặc một thư mục chứa framework.json, units.csv và values.csv.

      Lệnh:
        validate   kiểm tra gói và in mọi lỗi dạng tệp:dòng:cột: thông báo
        results    tính kết quả và in ra dạng JSON chuẩn tắc (hoặc CSV)
        verify     tính lại kết quả và so với một tệp kết quả, từng số liệu một; nếu tệp có
                   khoảng thứ hạng, chúng được tính như khi công bố, không cần thêm tuỳ chọn

      Tuỳ chọn:
        --previous Q       gói của năm trước; kết quả của nó được tính trước để có mức thay đổi thứ hạng,
                     và mỗi đơn vị tiền thân phải là một đơn vị của nó
        --expected R       tệp kết quả JSON cần đối chiếu (lệnh verify)
        --uncertainty N    tính khoảng thứ hạng với N lần thay đổi ngẫu nhiên các trọng số
                           (verify mặc định: như khi công bố, 1000 lần, ít hơn với năm rất lớn)
        --seed S           hạt giống ngẫu nhiên cho --uncertainty (mặc định: năm của gói, như khi công bố)
        --epsilon E        mỗi trọng số được nhân với một hệ số trong [1 − E, 1 + E] (mặc định 0.25)
        --format json|csv  dạng kết quả của lệnh results (mặc định json)
        --lang vi|en       ngôn ngữ của thông báo (mặc định vi)
        --help             in hướng dẫn này

      Mã thoát: 0 thành công; 1 gói không hợp lệ, kết quả khác hoặc không đọc được tệp;
      2 dùng sai lệnh; 3 lỗi không mong đợi.
      """;

  private static final String EN =
      """
      ictindex-scoring: checks an ICT Index cycle package, computes and verifies its results.

      Usage:
        java -jar ictindex-scoring.jar validate --package PACKAGE [--previous PREVIOUS_PACKAGE]
        java -jar ictindex-scoring.jar results --package PACKAGE [--previous PREVIOUS_PACKAGE]
            [--uncertainty DRAWS [--seed S] [--epsilon E]] [--format json|csv]
        java -jar ictindex-scoring.jar verify --package PACKAGE [--previous PREVIOUS_PACKAGE]
            --expected RESULTS.json [--uncertainty DRAWS [--seed S] [--epsilon E]]

      PACKAGE is a .zip file or a folder holding framework.json, units.csv and values.csv.

      Commands:
        validate   checks the package and prints every error as file:line:column: message
        results    computes the results and prints them as canonical JSON (or CSV)
        verify     recomputes the results and compares them with a results file, figure by figure;
                   rank intervals in the file are recomputed as a publication draws them, no option needed

      Options:
        --previous Q       the previous year's package; its results are computed first, for rank changes,
                     and every predecessor must be one of its units
        --expected R       the results JSON file to compare with (verify)
        --uncertainty N    computes rank intervals from N random perturbations of the weights
                           (verify's default: as published, 1000, fewer for very large years)
        --seed S           random seed for --uncertainty (default: the package's year, as published)
        --epsilon E        each weight is multiplied by a factor in [1 - E, 1 + E] (default 0.25)
        --format json|csv  the form of the results command's output (default json)
        --lang vi|en       the language of messages (default vi)
        --help             prints this help

      Exit codes: 0 success; 1 invalid package, different results or unreadable file;
      2 wrong command line; 3 unexpected error.
      """;

  private Help() {}

  static String text(String language) {
    return "en".equals(language) ? EN : VI;
  }
}
