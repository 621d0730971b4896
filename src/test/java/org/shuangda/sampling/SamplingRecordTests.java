package org.shuangda.sampling;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.shuangda.support.DemoUsers;
import org.shuangda.support.WebTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The printable sampling record (抽样单): the DOCX carries a QR code, read back here with POI and decoded with zxing's
 * QR reader over the PNG's pixels, that gives the sample page's absolute address, the one the record prints as text;
 * the code sits in a frame at the top right of the first page, 3 cm wide.
 */
@WebTest
class SamplingRecordTests {

    @Autowired SamplingFixtures fx;
    @Autowired SamplingClocks clocks;
    @Autowired SamplingRecord record;
    @Autowired DemoUsers demo;
    @Autowired MockMvc mvc;

    /** Grey levels of an image's pixels: what zxing's javase module's BufferedImageLuminanceSource does. */
    static final class ImageLuminance extends LuminanceSource {

        private final byte[] grey;

        ImageLuminance(BufferedImage image) {
            super(image.getWidth(), image.getHeight());
            grey = new byte[image.getWidth() * image.getHeight()];
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    int r = (rgb >> 16) & 0xFF;
                    int g = (rgb >> 8) & 0xFF;
                    int b = rgb & 0xFF;
                    grey[y * image.getWidth() + x] = (byte) ((r * 306 + g * 601 + b * 117) >> 10);
                }
            }
        }

        @Override
        public byte[] getRow(int y, byte[] row) {
            byte[] out = row == null || row.length < getWidth() ? new byte[getWidth()] : row;
            System.arraycopy(grey, y * getWidth(), out, 0, getWidth());
            return out;
        }

        @Override
        public byte[] getMatrix() {
            return grey;
        }
    }

    static String decode(byte[] png) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        Result r = new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(new ImageLuminance(image))),
                Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE));
        return r.getText();
    }

    @Test
    void the_record_has_a_qr_code_of_the_sample_page_at_the_top_right() throws Exception {
        SampleView s = fx.recorded("山西省食品药品检验所", null, null, null, clocks.today());
        byte[] docx = mvc.perform(get("/api/v1/sampling/samples/" + s.id() + "/record.docx")
                        .with(demo.as("licheng.officer")))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsByteArray();
        String address = record.pageAddress(s.id());
        assertThat(address).matches("https?://.+/sampling/samples/" + s.id());
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor words = new XWPFWordExtractor(doc)) {
            List<XWPFPictureData> pictures = doc.getAllPictures();
            assertThat(pictures).hasSize(1);
            assertThat(pictures.get(0).getPictureType()).isEqualTo(org.apache.poi.xwpf.usermodel.Document.PICTURE_TYPE_PNG);
            assertThat(decode(pictures.get(0).getData())).isEqualTo(address);
            // the address as text too
            assertThat(words.getText()).contains("样品页面：" + address, s.sample().number());
            // the first paragraph: a frame at the top right of the page holding the 30 mm picture
            XWPFParagraph first = doc.getParagraphs().get(0);
            var frame = first.getCTP().getPPr().getFramePr();
            assertThat(frame).isNotNull();
            assertThat(frame.getXAlign().toString()).isEqualTo("right");
            assertThat(frame.getVAnchor().toString()).isEqualTo("page");
            List<XWPFPicture> inFrame = first.getRuns().get(0).getEmbeddedPictures();
            assertThat(inFrame).hasSize(1);
            assertThat(inFrame.get(0).getWidth()).isCloseTo(30 / 25.4 * 72, org.assertj.core.data.Offset.offset(0.5));
        }
    }

    @Test
    void the_qr_code_encodes_any_address_it_is_given() throws Exception {
        for (String text : List.of("http://localhost:8080/sampling/samples/1",
                "https://shuangda.example.gov.cn/sampling/samples/123456789", "https://例子.中国/sampling/samples/7")) {
            assertThat(decode(QrCode.png(text))).isEqualTo(text);
        }
    }
}
